/**
 * Non-state parties (armed groups, rebel movements, private military companies), shared by the extractor
 * and the SIPRI importer so that both write the same `non-state:<Name>` code for one group.
 */
import { readFileSync } from 'node:fs';
import { countryNameKey } from './index.ts';

interface GroupsFile {
  /** Canonical name -> phrases that name it, lower case. */
  groups: Record<string, string[]>;
  /** Acronyms that name a group only in their exact case ('PKK', 'YPG'). */
  caseSensitive: Record<string, string>;
}

/** The groups file as it ships with the code. */
export const GROUPS: GroupsFile = JSON.parse(readFileSync(new URL('./groups.json', import.meta.url), 'utf8'));

/** The party code of a group: `non-state:<canonical name>`. */
export function nonStateCode(name: string): string {
  return `non-state:${name}`;
}

const BY_KEY = new Map<string, string>();
for (const [name, phrases] of Object.entries(GROUPS.groups)) {
  BY_KEY.set(countryNameKey(name), name);
  for (const phrase of phrases) BY_KEY.set(countryNameKey(phrase), name);
}

/** The canonical name of a known group from any of its names ('Houthi rebels' -> 'Houthis'), else undefined. */
export function findGroup(name: string): string | undefined {
  return BY_KEY.get(countryNameKey(name)) ?? GROUPS.caseSensitive[name.trim()];
}
