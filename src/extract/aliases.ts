/**
 * Names the article itself pairs: where it writes "AK-103 Kalashnikov rifles" once, a later "Kalashnikov
 * rifles" is the AK-103 too. Designations keep the spelling with digits.
 */
import { designationKey } from './lexicon/index.ts';
import type { Frame } from './sentence.ts';
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
