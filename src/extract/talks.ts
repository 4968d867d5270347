/**
 * Talks name the other side after "with": "Malaysia is in talks with Kuwait to buy F-16s" (Kuwait sells),
 * "India is negotiating BrahMos sales with Vietnam" (Vietnam buys). The text's seller beats the catalogue's origin.
 */

import type { PartyMention } from './parties.ts';
import type { Parties } from './roles.ts';
import type { Frame, TriggerHit } from './sentence.ts';
import type { Token } from './tokens.ts';
import type { WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

const SELLING = wordSet('sell sells selling sale sales export exports exporting supply supplying');
/** How far after the talks word its "with" partner may stand. */
const MAX_PARTNER_DISTANCE = 6;

/** The parties that talks give a weapon: the subject on one side, the "with" partner on the other. */
export function talksParties(
  frame: Frame,
  tokens: readonly Token[],
  weapon: WeaponMention,
  trigger: TriggerHit,
  found: Parties,
): Parties {
  if (trigger.status !== 'negotiating' || (found.supplier && found.recipient)) return found;
  // "in talks with Kuwait to buy 33 F-16s": the talks word need not be the trigger that governs the weapon.
  const talks = frame.triggers.find((t) => t.word.status === 'negotiating' && t.word.subject === 'either');
  if (!talks) return found;
  const partner = frame.parties.find(
    (p) => p.role === 'with' && p.first > talks.index && p.first - talks.index <= MAX_PARTNER_DISTANCE,
  );
  const subject = subjectOf(frame.parties, talks.index);
  if (!partner || !subject || partner.code === subject.code) return found;
  const end = Math.min(frame.sentence.last, Math.max(weapon.last, partner.first) + 2);
  const sells = tokens.slice(subject.last, end).some((t) => SELLING.has(t.lower));
  const seller = sells ? subject : partner;
  const buyer = sells ? partner : subject;
  // The partner named as seller beats a seller taken from the catalogue's origin.
  return {
    supplier: seller === partner ? seller.code : (found.supplier ?? seller.code),
    recipient: found.recipient ?? buyer.code,
  };
}

/** The state written last before the talks word, outside phrases with a preposition. */
function subjectOf(parties: readonly PartyMention[], trigger: number): PartyMention | null {
  let subject: PartyMention | null = null;
  for (const p of parties) {
    if (p.first >= trigger) break;
    if ((p.role === 'plain' || p.role === 'possessive') && p.kind !== 'company') subject = p;
  }
  return subject;
}
