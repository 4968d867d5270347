/**
 * One sentence read once: its party, weapon and time mentions and its status triggers with their tense,
 * negation and voice. Every fact rule works from these frames.
 */
import type { TransferStatus } from '../model/index.ts';
import { type ArticleDate, findTimes, type TimeMention } from './dates.ts';
import { datelineEnd, findParties, type PartyMention } from './parties.ts';
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
import {
  imminent,
  infinitiveAt,
  isCurrent,
  isHeadline,
  isPassive,
  nearCurrentWord,
  phrasalTrigger,
  pricedDeal,
  triggerCase,
} from './usage.ts';
import { findWeapons, type WeaponMention } from './weapons.ts';

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
  /** The place of the sentence's dateline: the state the story is likely about, never a party of this sentence. */
  filedFrom: PartyMention[];
  weapons: WeaponMention[];
  times: TimeMention[];
  triggers: TriggerHit[];
  denial: boolean;
  allegation: boolean;
}

const FUTURE_AFTER = new Set(['will', 'would', 'due', 'expected', 'scheduled', 'planned', 'set']);

const USE_VERBS = new Set(['use', 'deploy', 'operate', 'fly', 'employ']);

/** "to acquire" is a wish to buy, where "to receive" is a delivery still to come. */
const ACQUIRE = new Set(['acquire', 'acquiring', 'acquires']);

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
    denial ||= DENIALS.has(lower) || deniedAsUnreal(tokens, sentence, i);
    allegation ||= ALLEGATIONS.has(lower);
  }
  // A dateline ("BERLIN -", "Kyiv, 5 May —") says where and when the story was filed: no party, no time.
  const filed = datelineEnd(tokens, sentence);
  const parties = findParties(tokens, keys, sentence, filed);
  const filedFrom = filed > sentence.first ? findParties(tokens, keys, { ...sentence, last: filed - 1 }) : [];
  const weapons = findWeapons(tokens, keys, sentence, parties);
  const times = findTimes(
    tokens,
    sentence,
    text,
    date,
    mayStateFact(tokens, sentence, weapons.length > 0),
  ).filter((time) => time.first >= filed);
  return {
    sentence,
    parties,
    filedFrom,
    weapons,
    times,
    triggers: findTriggers(tokens, sentence, lowers, times),
    denial,
    allegation,
  };
}

/** "called the reports not corresponding to reality", "does not correspond to the facts": a denial in words. */
function deniedAsUnreal(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  const lower = tokens[i]!.lower;
  if (lower !== 'correspond' && lower !== 'corresponds' && lower !== 'corresponding') return false;
  for (let j = Math.max(sentence.first, i - 3); j < i; j++) if (NEGATIONS.has(tokens[j]!.lower)) return true;
  return false;
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

/** What the whole sentence tells every trigger in it. */
interface SentenceCues {
  lowers: Set<string>;
  times: TimeMention[];
  headline: boolean;
}

function findTriggers(
  tokens: readonly Token[],
  sentence: Sentence,
  lowers: Set<string>,
  times: TimeMention[],
): TriggerHit[] {
  const cues: SentenceCues = { lowers, times, headline: isHeadline(tokens, sentence) };
  const hits: TriggerHit[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const hit = triggerAt(tokens, sentence, i, cues);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** The trigger at token i as this sentence uses it, or null where the word is no trigger here. */
function triggerAt(
  tokens: readonly Token[],
  sentence: Sentence,
  i: number,
  cues: SentenceCues,
): TriggerHit | null {
  const found = phrasalTrigger(tokens, i) ?? transferTrigger(tokens[i]!);
  if (!found || (!cues.headline && !triggerCase(tokens, sentence, i))) return null;
  const noun = found.noun === true || tokens[i]!.pos === 'NOUN';
  const word = noun ? { ...found, noun } : found;
  if (takenBack(tokens, sentence, i, word)) return null;
  const before = window(tokens, sentence, i, 4);
  // "to buy" is an intention; "in response to Rafales bought" is not.
  const infinitive = infinitiveAt(tokens, sentence, i);
  const future =
    infinitive ||
    before.some((t) => t !== 'to' && FUTURE_MARKERS.has(t)) ||
    (word.noun === true && futureVerbAfter(tokens, sentence, i));
  const hit: TriggerHit = {
    index: i,
    word,
    status: word.status,
    weak: false,
    passive: isPassive(tokens, sentence, i),
    current: nearCurrentWord(tokens, sentence, i) || isCurrent(tokens, sentence, i, word),
    finite: (!word.noun && !future) || pricedDeal(tokens, sentence, i) || word.status === 'approved',
    negated: before.some((t) => NEGATIONS.has(t)),
  };
  return settleStatus(
    tokens,
    sentence,
    hit,
    future,
    before.some((t) => INTENTIONS.has(t)),
    cues,
  );
}

/**
 * "deliveries will start", "Deliveries of the 12 jets are due to begin in 2028": the first verb after a noun
 * trigger puts it in the future.
 */
function futureVerbAfter(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  for (let j = i + 1; j < Math.min(sentence.last, i + 12); j++) {
    const t = tokens[j]!;
    if (FUTURE_AFTER.has(t.lower)) return true;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    return /^(is|are)$/.test(t.lower) && FUTURE_AFTER.has(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

/**
 * Words that take a trigger back: "an overnight halt" (a noun of cancellation other than "cancellation"),
 * "keen to use" (a wish to use what one has), observers' speculation, a threat to cancel.
 */
function takenBack(tokens: readonly Token[], sentence: Sentence, i: number, word: TriggerWord): boolean {
  if (word.noun && word.status === 'cancelled' && tokens[i]!.lower !== 'cancellation') return true;
  if (
    word.status === 'negotiating' &&
    tokens[i + 1]?.lower === 'to' &&
    USE_VERBS.has(tokens[i + 2]?.lower ?? '')
  ) {
    return true;
  }
  if (speculative(tokens, sentence, i)) return true;
  return word.status === 'cancelled' && window(tokens, sentence, i, 8).some((t) => THREATS.has(t));
}

/** The status a trigger takes from its tense and the words around it; null drops a future cancellation. */
function settleStatus(
  tokens: readonly Token[],
  sentence: Sentence,
  hit: TriggerHit,
  future: boolean,
  intention: boolean,
  cues: SentenceCues,
): TriggerHit | null {
  const lower = tokens[hit.index]!.lower;
  const buying = hit.word.status === 'ordered' || ACQUIRE.has(lower);
  if (intention || (future && buying && !hit.word.noun)) hit.status = 'negotiating';
  else if (
    future &&
    hit.word.status === 'delivered' &&
    !imminent(tokens, sentence, cues.times, cues.lowers)
  ) {
    hit.weak = true;
  } else if (future && hit.word.status === 'cancelled') return null;
  // "a possible sale", "the proposed sale": the wording of a notified sale the seller approves.
  if (/^sales?$/.test(lower) && /^(possible|potential|proposed)$/.test(tokens[hit.index - 1]?.lower ?? '')) {
    hit.status = 'approved';
  }
  // "the Defence Acquisition Council approved the purchase of": a buyer approving its own purchase orders it.
  if (hit.status === 'approved' && purchaseAfter(tokens, sentence, hit.index)) hit.status = 'ordered';
  // "signed a letter of intent", "a memorandum of understanding": a signed intention is still talks.
  const intent = cues.lowers.has('intent') || cues.lowers.has('memorandum') || cues.lowers.has('mou');
  if (hit.status === 'ordered' && intent) hit.status = 'negotiating';
  return hit;
}

const PURCHASES = new Set([
  'purchase',
  'purchases',
  'procurement',
  'acquisition',
  'buy',
  'procure',
  'acquire',
]);

function purchaseAfter(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  for (let j = i + 1; j < Math.min(sentence.last, i + 4); j++)
    if (PURCHASES.has(tokens[j]!.lower)) return true;
  return false;
}

/** "make a large purchase unlikely", "a sale is likely": an observer's odds written after the trigger. */
const ODDS_AFTER = new Set(['likely', 'unlikely', 'improbable']);

function speculative(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  for (let j = i + 1; j < Math.min(sentence.last, i + 4); j++)
    if (ODDS_AFTER.has(tokens[j]!.lower)) return true;
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
