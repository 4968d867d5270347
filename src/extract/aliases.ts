/**
 * Names the article itself pairs: where it writes "AK-103 Kalashnikov rifles" once, a later "Kalashnikov
 * rifles" is the AK-103 too. Designations keep the spelling with digits.
 */
import { designationKey } from './lexicon/index.ts';
import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import type { WeaponMention } from './weapons.ts';

/** Rewrites every mention of a paired name to the designation it was paired with. */
export function applyArticleAliases(frames: readonly Frame[]): void {
  const aliases = new Map<string, WeaponMention>();
  for (const frame of frames) {
    for (const weapon of frame.weapons) {
      if (weapon.alias && weapon.system) aliases.set(designationKey(weapon.alias), weapon);
    }
  }
  if (aliases.size === 0) return;
  for (const frame of frames) {
    for (const weapon of frame.weapons) {
      const main = weapon.system ? aliases.get(designationKey(weapon.system)) : undefined;
      if (!main || main === weapon) continue;
      weapon.system = main.system;
      weapon.category = main.category;
      weapon.origin = main.origin;
    }
  }
}

/**
 * "Prime Minister Imran Khan", "Selçuk Bayraktar": a one-word name that the article also writes after a first
 * name is a person there, not a weapon, wherever it stands alone. A company or state before it ("Dassault
 * Rafale") or a kind word after it ("Harop drones") keeps it a weapon.
 */
export function dropPersonNames(frames: readonly Frame[], tokens: readonly Token[]): void {
  const covered = new Set<number>();
  for (const frame of frames) {
    for (const m of [...frame.parties, ...frame.weapons])
      for (let i = m.first; i < m.last; i++) covered.add(i);
  }
  const surnames = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const name = tokens[i]!;
    const first = tokens[i - 1]!;
    if (covered.has(i) || covered.has(i - 1) || first.sentence !== name.sentence) continue;
    if (name.pos !== 'PROPN' || first.pos !== 'PROPN' || ORGANISATION.has(first.lower)) continue;
    if (/^\p{Lu}\p{Ll}+$/u.test(first.text) && /^\p{Lu}\p{Ll}+$/u.test(name.text)) surnames.add(name.text);
  }
  for (const frame of frames) {
    frame.weapons = frame.weapons.filter(
      (w) =>
        w.system === null ||
        w.last - w.first !== 1 ||
        /\d/.test(w.system) ||
        !surnames.has(tokens[w.first]!.text),
    );
  }
}

const ORGANISATION = new Set(['force', 'army', 'navy', 'corps', 'ministry', 'guard', 'forces', 'command']);
