import { designationKey, findWeapon } from '../extract/lexicon/index.ts';
import type { Category } from '../model/index.ts';

/** A designation folded onto its catalogue entry: spellings and variants bought together share the key. */
export interface FoldedSystem {
  key: string;
  /** The name to show: the catalogue's designation, or null where the catalogue does not know the system. */
  name: string | null;
  category: Category | null;
  description: string | null;
}

/**
 * Folds a designation as written onto the weapon catalogue: a spelling or alias the catalogue knows takes the
 * key and name of its entry (variants listed as aliases of one entry fold together); any other designation
 * keys on its letters and digits (`Su-30SM`, `Su-30 SM` and `Su30SM` give `su30sm`).
 */
export function foldSystem(system: string): FoldedSystem {
  const entry = findWeapon(system);
  if (!entry) return { key: designationKey(system), name: null, category: null, description: null };
  return {
    key: designationKey(entry.designation),
    name: entry.designation,
    category: entry.category,
    description: entry.description || null,
  };
}

/**
 * The keys a search for a designation matches by prefix: its own letters and digits ('su30' finds every
 * Su-30 variant) and the key of the catalogue entry it is a spelling of ('Pantsir-S1' finds 'Pantsir').
 */
export function systemSearchKeys(query: string): string[] {
  return [...new Set([designationKey(query), foldSystem(query).key])].filter((key) => key !== '');
}

/** Folds each distinct spelling once: a register run folds the same few thousand names over and over. */
export function systemFolder(): (system: string) => FoldedSystem {
  const cache = new Map<string, FoldedSystem>();
  return (system) => {
    let folded = cache.get(system);
    if (!folded) {
      folded = foldSystem(system);
      cache.set(system, folded);
    }
    return folded;
  };
}
