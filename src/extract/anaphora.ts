/**
 * Sentences with a trigger but no weapon: "Armenia acquired weapons from Russia" sets the parties for the list
 * that follows; "the agreement was signed in 2017" dates the deal over the weapon last named; "sales have
 * followed to India and Greece" adds its recipients.
 */

import { type Carry, mostTraded } from './carry.ts';
import type { ArticleDate } from './dates.ts';
import { resolveYear } from './governing.ts';
import { isYearText, readNumber } from './numbers.ts';
import { resolveParties } from './roles.ts';
import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import type { TransferCandidate } from './transfers.ts';
import { mention, type WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

const GENERAL_ARMS = wordSet('weapons arms equipment hardware armaments weaponry materiel');
const DEAL_NOUNS = wordSet('deal deals agreement contract purchase acquisition order sale sales');

/**
 * A sentence with a trigger but no weapon: "Armenia acquired weapons from Russia" sets the parties for the
 * list that follows; "the agreement was signed in 2017" or "sales have followed to India and Greece" speak
 * of the weapon last named.
 */
export function anaphora(
  frame: Frame,
  tokens: readonly Token[],
  date: ArticleDate | null,
  carry: Carry,
  homeMade: boolean,
): TransferCandidate[] {
  const trigger = frame.triggers.find((t) => !t.weak && !t.negated && t.status !== 'negotiating');
  if (!trigger) return [];
  // A weapon referred to only by the verb: the rest of the sentence, outside every list.
  const placeholder: WeaponMention = {
    ...mention(null, 'other', null, trigger.index + 1, frame.sentence.last),
    list: 0,
  };
  const { supplier, recipient } = resolveParties(frame, tokens, placeholder, trigger, carry);
  const year = resolveYear(frame, trigger, placeholder, date, carry);
  if (supplier || recipient) {
    carry.supplier = supplier ?? carry.supplier;
    carry.recipient = recipient ?? carry.recipient;
    carry.year = year;
    carry.status = trigger.status;
    carry.sentence = frame.sentence.index;
    // Only a sentence about arms in general ("weapons and military equipment") leads a list of them.
    const general = tokens
      .slice(frame.sentence.first, frame.sentence.last)
      .some((t) => GENERAL_ARMS.has(t.lower));
    carry.leadStatus = supplier && recipient && general ? trigger.status : null;
    carry.leadSentence = frame.sentence.index;
    if (supplier && recipient && supplier !== recipient)
      carry.deals.push({ supplier, recipient, status: trigger.status, sentence: frame.sentence.index });
  }
  const weapon = mostTraded(carry) ?? carry.designation;
  const isDeal = frame.triggers.some((t) => DEAL_NOUNS.has(tokens[t.index]!.lower));
  if (!weapon || !isDeal || trigger.status !== 'ordered' || homeMade) return [];
  const recipients = frame.parties.filter((p) => p.role === 'to' && p.kind !== 'company').map((p) => p.code);
  if (frame.times.length === 0 && recipients.length === 0) return [];
  const targets = recipients.length > 0 ? recipients : [recipient ?? carry.recipient];
  const from = supplier ?? weapon.origin ?? carry.supplier;
  return targets
    .filter((to): to is string => to !== null && to !== from)
    .map((to) => ({
      fact: {
        type: 'transfer' as const,
        supplier: from,
        recipient: to,
        system: weapon.system,
        category: weapon.category,
        quantity: partCount(frame, tokens),
        status: trigger.status,
        year,
      },
      sentence: frame.sentence.index,
      weak: false,
      listSize: 1,
    }));
}

const PART_OF = wordSet('the its their these those');

/** "a contract for 216 of the tracked guns": the count of the weapon named before, by words the catalogue lacks. */
function partCount(frame: Frame, tokens: readonly Token[]): number | null {
  for (let i = frame.sentence.first; i < frame.sentence.last - 2; i++) {
    const count = readNumber(tokens, i);
    if (!count || count.money || isYearText(tokens[i]!.text)) continue;
    if (tokens[count.last]?.lower === 'of' && PART_OF.has(tokens[count.last + 1]?.lower ?? ''))
      return count.value;
  }
  return null;
}
