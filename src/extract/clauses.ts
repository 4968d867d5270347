/**
 * Clause limits for party rules: the "by" agent of a passive verb ("were supplied to Ukraine by Norway") and
 * the end of the clause that holds a weapon ("..., and the planes flew missions against Boko Haram").
 */

import type { PartyMention } from './parties.ts';
import type { TriggerHit } from './sentence.ts';
import type { Token } from './tokens.ts';
import { transferTrigger } from './triggers.ts';
import type { WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

/** How far after a passive trigger its "by" agent may stand. */
const MAX_AGENT_DISTANCE = 8;
/** "J-10Cs ... after F-16s provided by the US": a weapon before "when" or "after" is not the verb's theme. */
const SUBORDINATORS = wordSet('when after before while since because');
/** Words that start another clause, whose "by" belongs to another verb. */
const CLAUSE_BREAKS = wordSet(', ; when after while which that who since because and but');
const NEXT_CLAUSE = wordSet('and but which while whereas');

/**
 * "were supplied to Ukraine by Norway", "was supplied with 20 Leopards by Germany": the "by" state after a
 * trigger, in its clause, where the weapon is what the verb moves. The caller checks that the trigger is passive.
 */
export function passiveAgent(
  states: readonly PartyMention[],
  tokens: readonly Token[],
  weapon: WeaponMention,
  trigger: TriggerHit,
): PartyMention | undefined {
  return states.find(
    (p) =>
      p.role === 'by' &&
      p.first > trigger.index &&
      p.first - trigger.index <= MAX_AGENT_DISTANCE &&
      (p.first - trigger.index <= 2 || themeOf(tokens, weapon, trigger.index, p.first)) &&
      tokens
        .slice(trigger.index + 1, p.first)
        .every((t) => !CLAUSE_BREAKS.has(t.lower) && !transferTrigger(t)),
  );
}

function themeOf(tokens: readonly Token[], weapon: WeaponMention, trigger: number, agent: number): boolean {
  if (weapon.first > trigger) return weapon.first < agent;
  return tokens.slice(weapon.last, trigger).every((t) => !SUBORDINATORS.has(t.lower));
}

/** Where the clause that holds a weapon ends: a semicolon, or a comma before a conjunction. */
export function clauseEnd(tokens: readonly Token[], from: number, last: number): number {
  for (let j = from; j < last; j++) {
    const lower = tokens[j]!.lower;
    if (lower === ';' || (lower === ',' && NEXT_CLAUSE.has(tokens[j + 1]?.lower ?? ''))) return j;
  }
  return last;
}
