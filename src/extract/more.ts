/**
 * Counts with no weapon after them that add deals for the weapon a sentence named: "and Togo received three",
 * "added six more in 2021", "the first 18 arrived in August 2023", "part of a batch of 25 agreed the year before".
 */

import { isYearText, readNumber } from './numbers.ts';
import type { Frame, TriggerHit } from './sentence.ts';
import type { Token } from './tokens.ts';
import type { TransferCandidate } from './transfers.ts';
import { wordSet } from './words.ts';

const MORE = wordSet('more additional further');
const MAX_TIME_DISTANCE = 4;
const MAX_ARRIVAL_TIME_DISTANCE = 9;

/**
 * "bought 12 in 2018 and added six more in 2021", "Niger took delivery of six TB2s, and Togo received three
 * the same year": a count with no weapon after it, after "more" or right after a trigger, is another deal for
 * the weapon the sentence named last, with its own buyer, year and the status of the verb beside it.
 */
export function moreOfTheSame(
  frame: Frame,
  tokens: readonly Token[],
  found: TransferCandidate[],
): TransferCandidate[] {
  const reference = found[found.length - 1];
  if (!reference) return [];
  const extra: TransferCandidate[] = [];
  for (let i = frame.sentence.first; i < frame.sentence.last - 1; i++) {
    const count = readNumber(tokens, i);
    if (!count || count.money || isYearText(tokens[i]!.text)) continue;
    const more = MORE.has(tokens[count.last]?.lower ?? '');
    const verb = frame.triggers.find((t) => Math.abs(t.index - i) <= 4 && !t.negated);
    const bare = verb !== undefined && verb.index === i - 1 && !NAMING.has(tokens[count.last]?.pos ?? '');
    const part = firstPartArrived(tokens, i, count.last, verb);
    if (!more && !bare && !part && !wholeOrdered(tokens, i, count.last, verb)) continue;
    const after = more ? count.last + 1 : count.last;
    if (frame.weapons.some((w) => w.first >= i && w.first <= after)) continue;
    // "the first 18 arrived at the port of Gdynia in August 2023": an arrival's place may stand before its time.
    const reach = part ? MAX_ARRIVAL_TIME_DISTANCE : MAX_TIME_DISTANCE;
    const time = frame.times.find((t) => t.first >= after && t.first - after <= reach);
    const sameYear = tokens[after]?.lower === 'the' && tokens[after + 1]?.lower === 'same';
    const buyer = bare && verb.word.subject === 'recipient' ? subjectOf(frame, verb) : null;
    const fact = {
      ...reference.fact,
      recipient: buyer ?? reference.fact.recipient,
      quantity: count.value,
      status: verb?.status ?? reference.fact.status,
      year:
        yearBefore(tokens, after, reference.fact.year) ??
        time?.end ??
        (sameYear ? reference.fact.year : null),
    };
    if (fact.recipient !== fact.supplier) extra.push({ ...reference, fact });
  }
  return extra;
}

/** "and the first 18 arrived in August 2023", "the first 12 were delivered": a delivered part of the order. */
function firstPartArrived(
  tokens: readonly Token[],
  count: number,
  end: number,
  verb: TriggerHit | undefined,
): boolean {
  if (tokens[count - 1]?.lower !== 'first' || tokens[count - 2]?.lower !== 'the') return false;
  return verb !== undefined && verb.status === 'delivered' && verb.index >= end && verb.index - end <= 1;
}

/** "a batch of 25 agreed the previous year": a year before the event of the sentence, not the article's. */
function yearBefore(tokens: readonly Token[], after: number, year: number | null): number | null {
  if (year === null) return null;
  const words = tokens
    .slice(after, after + 5)
    .map((t) => t.lower)
    .join(' ');
  return /\b(the previous year|the year before|a year earlier)\b/.test(words) ? year - 1 : null;
}

/** "part of a batch of 25 agreed the previous year": the whole order a delivered part belongs to. */
function wholeOrdered(
  tokens: readonly Token[],
  count: number,
  end: number,
  verb: TriggerHit | undefined,
): boolean {
  if (tokens[count - 1]?.lower !== 'of' || !WHOLES.has(tokens[count - 2]?.lower ?? '')) return false;
  return verb !== undefined && verb.status === 'ordered' && verb.index >= end && verb.index - end <= 1;
}

const WHOLES = new Set(['batch', 'order', 'total']);

/** Words that make a count the quantity of a noun after it, not a bare count. */
const NAMING = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The party written right before a trigger, in its clause: "and Togo received three". */
function subjectOf(frame: Frame, trigger: TriggerHit): string | null {
  const before = frame.parties.filter((p) => p.last <= trigger.index && trigger.index - p.last <= 2);
  return before[before.length - 1]?.code ?? null;
}
