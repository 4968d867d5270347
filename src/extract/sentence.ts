/**
 * One sentence read once: its party, weapon and time mentions and its status triggers with their tense,
 * negation and voice. Every fact rule works from these frames.
 */
import type { TransferStatus } from '../model/index.ts';
import { type ArticleDate, findTimes, type TimeMention } from './dates.ts';
import { findParties, type PartyMention } from './parties.ts';
import type { Sentence, Token } from './tokens.ts';
import {
  ALLEGATIONS,
  DENIALS,
  FUTURE_MARKERS,
  INTENTIONS,
  NEGATIONS,
  productionTrigger,
  SPECULATION,
  STARTS,
  THREATS,
  type TriggerWord,
  transferTrigger,
} from './triggers.ts';
import { findWeapons, type WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

/** A transfer trigger as this sentence uses it. */
export interface TriggerHit {
  index: number;
  word: TriggerWord;
  status: TransferStatus;
  /** A future delivery ("will arrive later this year"): its status comes from the deal it belongs to. */
  weak: boolean;
  passive: boolean;
  /** Present, present perfect or progressive: the event is dated to the article unless a time says otherwise. */
  current: boolean;
  /** Decides the status of its sentence: a finite verb, or a deal with a price ("a $4.8 billion deal"). */
  finite: boolean;
  /** "has not received": the trigger still governs its weapon, and says nothing happened. */
  negated: boolean;
}

/** What one sentence says, in mentions. */
export interface Frame {
  sentence: Sentence;
  parties: PartyMention[];
  weapons: WeaponMention[];
  times: TimeMention[];
  triggers: TriggerHit[];
  denial: boolean;
  allegation: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got']);
const HAVE = new Set(['has', 'have', "'ve"]);
const CURRENT_WORDS = new Set(['now', 'currently', 'recently', 'today', 'this', 'latest']);
const DISPATCH = new Set(['took', 'flew', 'left', 'departed', 'set']);
const FUTURE_AFTER = new Set(['will', 'would', 'due', 'expected', 'scheduled', 'planned']);
const WITHDRAWING = wordSet('walked walks pulled pulls backed backs');
const DECIDING = wordSet('decided decides decision voted votes');
const USE_VERBS = new Set(['use', 'deploy', 'operate', 'fly', 'employ']);
/** "to acquire" is a wish to buy, where "to receive" is a delivery still to come. */
const ACQUIRE = new Set(['acquire', 'acquiring', 'acquires']);
const IMMINENT = new Set(['today', 'tomorrow', 'tonight', 'afternoon', 'first']);

/** Reads one sentence into a frame. */
export function readFrame(
  tokens: readonly Token[],
  keys: readonly string[],
  sentence: Sentence,
  text: string,
  date: ArticleDate | null,
): Frame {
  const lowers = new Set<string>();
  let denial = false;
  let allegation = false;
  for (let i = sentence.first; i < sentence.last; i++) {
    const lower = tokens[i]!.lower;
    lowers.add(lower);
    denial ||= DENIALS.has(lower);
    allegation ||= ALLEGATIONS.has(lower);
  }
  const parties = findParties(tokens, keys, sentence);
  const weapons = findWeapons(tokens, keys, sentence, parties);
  const times = findTimes(tokens, sentence, text, date, mayStateFact(tokens, sentence, weapons.length > 0));
  return {
    sentence,
    parties,
    weapons,
    times,
    triggers: findTriggers(tokens, sentence, lowers, times),
    denial,
    allegation,
  };
}

/** Only sentences that may state a fact need chrono: a weapon and a trigger, a deal, or production. */
function mayStateFact(tokens: readonly Token[], sentence: Sentence, hasWeapon: boolean): boolean {
  for (let i = sentence.first; i < sentence.last; i++) {
    const token = tokens[i]!;
    if (productionTrigger(token) || STARTS.has(token.lower)) return true;
    const trigger = transferTrigger(token);
    if (trigger && (hasWeapon || trigger.noun)) return true;
  }
  return false;
}

function findTriggers(
  tokens: readonly Token[],
  sentence: Sentence,
  lowers: Set<string>,
  times: TimeMention[],
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  let currentSentence = false;
  for (const word of CURRENT_WORDS) currentSentence ||= lowers.has(word);
  const headline = isHeadline(tokens, sentence);
  for (let i = sentence.first; i < sentence.last; i++) {
    const found = phrasalTrigger(tokens, i) ?? transferTrigger(tokens[i]!);
    if (!found || (!headline && !triggerCase(tokens, sentence, i))) continue;
    const noun = found.noun === true || tokens[i]!.pos === 'NOUN';
    // "an overnight halt", "the ban": a cancellation noun other than "cancellation" names no stopped deal.
    if (noun && found.status === 'cancelled' && tokens[i]!.lower !== 'cancellation') continue;
    const word = noun ? { ...found, noun } : found;
    // "keen to use the Turkish drones": a wish to use what one has is no wish to buy.
    if (
      found.status === 'negotiating' &&
      tokens[i + 1]?.lower === 'to' &&
      USE_VERBS.has(tokens[i + 2]?.lower ?? '')
    )
      continue;
    const before = window(tokens, sentence, i, 4);
    if (speculative(tokens, sentence, i)) continue;
    if (found.status === 'cancelled' && window(tokens, sentence, i, 8).some((t) => THREATS.has(t))) continue;
    const negated = before.some((t) => NEGATIONS.has(t));
    // "will deliver", and "deliveries will start", "the jets are due to arrive".
    const after = tokens[i + 1]?.lower ?? '';
    const future =
      before.some((t) => FUTURE_MARKERS.has(t)) || (word.noun === true && FUTURE_AFTER.has(after));
    const intention = before.some((t) => INTENTIONS.has(t));
    const infinitive = tokens[i - 1]?.lower === 'to';
    const hit: TriggerHit = {
      index: i,
      word,
      status: word.status,
      weak: false,
      passive: isPassive(tokens, sentence, i),
      current: currentSentence || isCurrent(tokens, sentence, i, word),
      finite:
        (!word.noun && !infinitive && !future) ||
        pricedDeal(tokens, sentence, i) ||
        word.status === 'approved',
      negated,
    };
    const buying = word.status === 'ordered' || ACQUIRE.has(tokens[i]!.lower);
    if (intention || (future && buying && !word.noun)) hit.status = 'negotiating';
    else if (future && word.status === 'delivered' && !imminent(tokens, sentence, times, lowers))
      hit.weak = true;
    else if (future && word.status === 'cancelled') continue;
    // "signed a letter of intent", "a memorandum of understanding": a signed intention is still talks.
    if (hit.status === 'ordered' && (lowers.has('intent') || lowers.has('memorandum') || lowers.has('mou'))) {
      hit.status = 'negotiating';
    }
    hits.push(hit);
  }
  return hits;
}

/** "a $4.8 billion deal", "a $69 million contract": a deal with a price is a concluded one. */
function pricedDeal(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
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
function isHeadline(tokens: readonly Token[], sentence: Sentence): boolean {
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
function triggerCase(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  return i === sentence.first || !/^[A-Z]/.test(tokens[i]!.text);
}

/**
 * Two-word triggers: "took off from France", "flew out of France" (the aircraft left the seller on their way to
 * the buyer); "walked away from", "pulled out of", "decided against" (a cancellation).
 */
function phrasalTrigger(tokens: readonly Token[], i: number): TriggerWord | undefined {
  const token = tokens[i]!;
  const next = tokens[i + 1]?.lower;
  if (DISPATCH.has(token.lower) && (next === 'off' || next === 'out' || next === 'sail')) {
    return { status: 'delivered', subject: 'recipient', intransitive: true };
  }
  // "walked away from the purchase", "pulled out of the deal", "decided against the plan".
  const away = (next === 'away' || next === 'out') && WITHDRAWING.has(token.lower);
  if (away || (next === 'against' && DECIDING.has(token.lower)))
    return { status: 'cancelled', subject: 'either', event: true };
  return undefined;
}

/** A future arrival counts as a delivery when it is days away or the first batch is already on its way. */
function imminent(
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

function speculative(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  for (let j = Math.max(sentence.first, i - 8); j < i; j++) {
    const t = tokens[j]!;
    if (!SPECULATION.has(t.lower)) continue;
    if (t.lower === 'may' && (t.text === 'May' || tokens[j + 1]?.type === 'number')) continue;
    return true;
  }
  return false;
}

function window(tokens: readonly Token[], sentence: Sentence, i: number, size: number): string[] {
  const out: string[] = [];
  for (let j = Math.max(sentence.first, i - size); j < i; j++) out.push(tokens[j]!.lower);
  return out;
}

function isPassive(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
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

/**
 * Present, perfect, progressive or future; and a signing, approval or cancellation in the simple past, which
 * is what a report of the day says happened ("Poland signed an agreement"). "had signed" looks further back.
 */
function isCurrent(tokens: readonly Token[], sentence: Sentence, i: number, word: TriggerWord): boolean {
  const lower = tokens[i]!.lower;
  for (let j = i - 1; j >= Math.max(sentence.first, i - 3); j--) {
    const t = tokens[j]!.lower;
    if (HAVE.has(t) || t === 'is' || t === 'are' || t === 'will' || t === 'am') return true;
    if (t === 'had' || t === 'was' || t === 'were' || t === 'did') return false;
  }
  if (word.event && !word.noun && tokens[i]!.pos === 'VERB' && /ed$|^(won|sold|bought)$/.test(lower))
    return true;
  return /[^s]s$/.test(lower) && tokens[i]!.pos === 'VERB';
}
