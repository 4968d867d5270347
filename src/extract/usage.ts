/**
 * How a trigger word is used where it stands: two-word triggers ("took off", "walked away"), voice, tense,
 * infinitives, headlines written in capitals, deals with a price, arrivals days away.
 */
import type { TimeMention } from './dates.ts';
import type { Sentence, Token } from './tokens.ts';
import { INTENTIONS, type TriggerWord } from './triggers.ts';
import { wordSet } from './words.ts';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got']);

const HAVE = new Set(['has', 'have', "'ve"]);

const CURRENT_WORDS = new Set(['now', 'currently', 'recently', 'today', 'this', 'latest']);

const DISPATCH = new Set(['took', 'flew', 'left', 'departed', 'set']);

const IMMINENT = new Set(['today', 'tomorrow', 'tonight', 'afternoon', 'first']);

const WITHDRAWING = wordSet('walked walks pulled pulls backed backs');

/** "called off the deal". */
const CALLING = wordSet('call calls called calling');

const DECIDING = wordSet('decided decides decision voted votes');

/** "a $4.8 billion deal", "a $69 million contract": a deal with a price is a concluded one. */
export function pricedDeal(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  const lower = tokens[i]!.lower;
  if (lower !== 'deal' && lower !== 'contract' && lower !== 'agreement') return false;
  for (let j = Math.max(sentence.first, i - 4); j < i; j++) {
    const t = tokens[j]!;
    if (t.type === 'currency' || /^(?:US)?[$€£]/.test(t.text) || /^(million|billion|bn|crore)$/.test(t.lower))
      return true;
  }
  return false;
}

/** "Proforce Nigeria Received Order From Chadian Army": in a headline every word is capitalised. */
export function isHeadline(tokens: readonly Token[], sentence: Sentence): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || t.text.length < 4) continue;
    words++;
    if (/^[A-Z]/.test(t.text)) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.8;
}

/** A trigger is written in lower case, or starts the sentence: "the Karabakh Order" is a name. */
export function triggerCase(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  return i === sentence.first || !/^[A-Z]/.test(tokens[i]!.text);
}

/**
 * Two-word triggers: "took off from France", "flew out of France" (the aircraft left the seller on their way to
 * the buyer); "walked away from", "pulled out of", "decided against" (a cancellation).
 */
export function phrasalTrigger(tokens: readonly Token[], i: number): TriggerWord | undefined {
  const token = tokens[i]!;
  const next = tokens[i + 1]?.lower;
  if (DISPATCH.has(token.lower) && (next === 'off' || next === 'out' || next === 'sail')) {
    return { status: 'delivered', subject: 'recipient', intransitive: true };
  }
  // "walked away from the purchase", "pulled out of the deal", "called off the deal", "decided against the plan".
  const away =
    ((next === 'away' || next === 'out') && WITHDRAWING.has(token.lower)) ||
    (next === 'off' && CALLING.has(token.lower));
  if (away || (next === 'against' && DECIDING.has(token.lower)))
    return { status: 'cancelled', subject: 'either', event: true };
  return undefined;
}

/** A future arrival counts as a delivery when it is days away or the first batch is already on its way. */
export function imminent(
  tokens: readonly Token[],
  sentence: Sentence,
  times: TimeMention[],
  lowers: Set<string>,
): boolean {
  if (times.some((t) => t.future) || lowers.has('later') || lowers.has('next')) return false;
  for (let i = sentence.first; i < sentence.last; i++) {
    const lower = tokens[i]!.lower;
    if (IMMINENT.has(lower) && (lower !== 'first' || tokens[i + 1]?.lower === 'batch')) return true;
    if (/^(mon|tues|wednes|thurs|fri|satur|sun)day$/.test(lower)) return true;
    if (DISPATCH.has(lower) && (tokens[i + 1]?.lower === 'off' || tokens[i + 1]?.lower === 'out'))
      return true;
  }
  return lowers.has('way');
}

/** "to buy", "to quickly buy", "to build and deliver": an infinitive; "in response to Rafales bought" is not. */
export function infinitiveAt(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  for (let j = i - 1; j >= Math.max(sentence.first, i - 4); j--) {
    const t = tokens[j]!;
    if (t.lower === 'to') return j === i - 1 || tokens[j + 1]!.pos === 'VERB' || tokens[j + 1]!.pos === 'ADV';
    if (t.pos !== 'ADV' && t.pos !== 'CCONJ' && t.pos !== 'VERB') return false;
  }
  return false;
}

export function isPassive(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  const lower = tokens[i]!.lower;
  if (!/(ed|en|sold|bought|sent|built|made)$/.test(lower)) return false;
  for (let j = i - 1; j >= Math.max(sentence.first, i - 3); j--) {
    const t = tokens[j]!;
    if (BE.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return (
    tokens[i + 1]?.lower === 'by' || tokens[i - 1]?.type === 'punctuation' || tokens[i - 1]?.pos === 'NOUN'
  );
}

/** "now", "recently", "today" in the trigger's own stretch of the sentence date it to the article. */
export function nearCurrentWord(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  for (let j = Math.max(sentence.first, i - 6); j < Math.min(sentence.last, i + 7); j++) {
    if (CURRENT_WORDS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * Present, perfect, progressive or future; and a signing, approval or cancellation in the simple past, which
 * is what a report of the day says happened ("Poland signed an agreement"). "had signed" looks further back.
 */
export function isCurrent(
  tokens: readonly Token[],
  sentence: Sentence,
  i: number,
  word: TriggerWord,
): boolean {
  const lower = tokens[i]!.lower;
  for (let j = i - 1; j >= Math.max(sentence.first, i - 5); j--) {
    const t = tokens[j]!.lower;
    if (HAVE.has(t) || t === 'is' || t === 'are' || t === 'will' || t === 'am') return true;
    if (t === 'had' || t === 'was' || t === 'were' || t === 'did') return false;
    // "plans to buy", "wants to acquire": a present verb of intention.
    if (/[^s]s$/.test(t) && INTENTIONS.has(t)) return true;
  }
  if (word.event && !word.noun && tokens[i]!.pos === 'VERB' && /ed$|^(won|sold|bought)$/.test(lower))
    return true;
  return /[^s]s$/.test(lower) && tokens[i]!.pos === 'VERB';
}
