/**
 * Production candidates: a sentence that reports making arms (a plant, a start or end of production, a
 * capacity, kits assembled) in a place the text gives. Naming the maker of a traded weapon ("made by
 * Dassault") is no production, nor is an observer's forecast.
 */

import type { ProductionFact } from '../model/index.ts';
import type { ArticleDate } from './dates.ts';
import { readNumber } from './numbers.ts';
import type { PartyMention } from './parties.ts';
import {
  bareTarget,
  buildsUp,
  describesMaker,
  kindOnly,
  kindsBeforeProductionNouns,
  madeAtHomeAt,
  makeVerbAt,
  mayReportProduction,
  nameBesideKind,
  plantNounAt,
  SETTING_UP,
} from './production-cues.ts';
import { makerHome, placeOf } from './production-places.ts';
import { statusOf, yearOf } from './production-status.ts';
import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import { ENDS, NEGATIONS, productionTrigger, SPECULATION, STARTS } from './triggers.ts';
import type { WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

/** A production fact read from one sentence, before merging. */
export interface ProductionCandidate {
  fact: Omit<ProductionFact, 'evidence'>;
  sentence: number;
  listSize: number;
}

const CIVILIAN = new Set(['civilian', 'consumer', 'commercial', 'sporting']);
const NONE: ReadonlySet<number> = new Set();
const PARTICIPLES = wordSet('built made manufactured produced assembled');
/** Words of a stated rate of output ("an annual capacity of 200"). */
const RATES = wordSet('capacity output');
const EXHORTATIONS = wordSet('must should ought need needs');
/** Words that make a partner or a licence: the foreign party is the licensor. */
const PARTNER_CUES = wordSet(
  'components kits kit technology joint venture partner partnership partners licensed',
);
const PER = new Set(['per', 'a', 'every', 'each']);
/** Kinds that a plant takes in rather than makes: components, kits, production lines. */
const INPUTS = new Set(['other']);

/** Reads the production candidates of a whole article. */
export function readProduction(
  frames: readonly Frame[],
  tokens: readonly Token[],
  keys: readonly string[],
  date: ArticleDate | null,
): ProductionCandidate[] {
  const out: ProductionCandidate[] = [];
  let place: string | null = null;
  let lastWeapon: WeaponMention | null = null;
  for (const frame of frames) {
    if (!mayReportProduction(tokens, frame.sentence)) continue;
    const extra = kindsBeforeProductionNouns(tokens, keys, frame.sentence, frame.weapons);
    const trigger = findTrigger(frame, tokens, new Set(extra.map((k) => k.last)));
    if (trigger !== null) {
      const country: string | null =
        placeOf(frame, tokens, trigger) ?? place ?? makerHome(frame, tokens, trigger);
      const products = productsOf(frame, tokens, extra).filter(
        (w) => w.system !== null || !INPUTS.has(w.category),
      );
      const weapons =
        products.length > 0 ? products : frame.weapons.length === 0 && lastWeapon ? [lastWeapon] : [];
      if (country) {
        place = country;
        for (const weapon of weapons) out.push(candidate(frame, tokens, date, trigger, country, weapon));
      }
    }
    const named = frame.weapons.filter((w) => w.system !== null);
    if (named.length > 0 && trigger !== null) lastWeapon = named[named.length - 1]!;
  }
  return out;
}

/** The sentence's weapons (calibres and kind abbreviations read as kinds), and kinds before a production noun. */
function productsOf(frame: Frame, tokens: readonly Token[], extra: WeaponMention[]): WeaponMention[] {
  const taken = new Set<number>();
  for (const p of frame.parties) for (let i = p.first; i < p.last; i++) taken.add(i);
  const weapons = frame.weapons.map((w) => {
    if (kindOnly(w.system)) return { ...w, system: null };
    const name = w.system === null ? nameBesideKind(tokens, frame.sentence, w, taken) : null;
    return name ? { ...w, system: name } : w;
  });
  return extra.length === 0 ? weapons : [...weapons, ...extra].sort((a, b) => a.first - b.first);
}

/** True where the sentence reports making arms (not naming a maker, not a forecast). */
export function makesArms(frame: Frame, tokens: readonly Token[]): boolean {
  return findTrigger(frame, tokens) !== null;
}

/** The production word of the sentence, unless it only names a maker or the sentence is speculation. */
function findTrigger(
  frame: Frame,
  tokens: readonly Token[],
  kindEnds: ReadonlySet<number> = NONE,
): number | null {
  const { first, last } = frame.sentence;
  if (!mayReportProduction(tokens, frame.sentence)) return null;
  for (let i = first; i < last; i++) if (CIVILIAN.has(tokens[i]!.lower)) return null;
  if (
    bareTarget(
      tokens,
      frame.sentence,
      frame.parties.some((p) => p.kind === 'company'),
    )
  )
    return null;
  let plant: number | null = null;
  for (let i = first; i < last; i++) {
    const kind = triggerAt(frame, tokens, i, kindEnds);
    if (!kind) continue;
    if (tokens[i + 1]?.lower === 'by' || tokens[i + 1]?.lower === 'to') continue;
    const traded = frame.triggers.some((t) => t.finite && !t.negated);
    if (traded && (describesMaker(tokens, first, i) || describesWeapon(frame, tokens, i))) continue;
    // "French manufactured Rafale", "Turkish-made": the maker as an adjective, not a report of production.
    const adjective = (p: PartyMention) => p.kind === 'demonym' || p.role === 'made';
    if (
      !usedAsVerb(tokens, i) &&
      frame.parties.some(
        (p) => (p.first <= i && i < p.last) || (adjective(p) && (p.last === i || p.last === i - 1)),
      )
    ) {
      continue;
    }
    if (negatedBefore(tokens, first, i) || exhortation(tokens, first, i)) continue;
    if (kind === 'plant' && !hasStart(tokens, first, last)) continue;
    for (let j = first; j < i; j++)
      if (SPECULATION.has(tokens[j]!.lower) && tokens[j]!.text !== 'May') return plant;
    // "the yard is building the corvette": the making verb, not the plant, says how production stands.
    if (kind === 'make') return i;
    plant ??= i;
  }
  return plant;
}

/** The shared production words, plus "makes the launcher" and plant nouns ("a shell line", "the yard"). */
function triggerAt(
  frame: Frame,
  tokens: readonly Token[],
  i: number,
  kindEnds: ReadonlySet<number> = NONE,
): 'make' | 'plant' | null {
  if (buildsUp(tokens, i)) return null;
  const shared = productionTrigger(tokens[i]!);
  if (shared === 'make' || shared === 'plant') return shared;
  if (madeAtHomeAt(tokens, i)) return 'make';
  if (makeVerbAt(tokens, i, frame.weapons)) return 'make';
  return plantNounAt(tokens, i, kindEnds) ? 'plant' : null;
}

/** "delivered the F-16s built by Lockheed", "K9s made in Korea arrived": a participle that names the maker of a traded weapon. */
function describesWeapon(frame: Frame, tokens: readonly Token[], i: number): boolean {
  if (!PARTICIPLES.has(tokens[i]!.lower)) return false;
  return frame.weapons.some((w) => w.last === i || w.last === i - 1);
}

function negatedBefore(tokens: readonly Token[], first: number, i: number): boolean {
  for (let j = Math.max(first, i - 6); j < i; j++) if (NEGATIONS.has(tokens[j]!.lower)) return true;
  return false;
}

/** "Russia produced 2,000 tanks": a separate production word before a number or article is a verb, not "-made". */
function usedAsVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.pos === 'VERB' && next !== undefined && (next.pos === 'NUM' || next.pos === 'DET');
}

/** "Europe must produce its own ammunition": a call to produce, not a report of production. */
function exhortation(tokens: readonly Token[], first: number, i: number): boolean {
  for (let j = Math.max(first, i - 3); j < i; j++) if (EXHORTATIONS.has(tokens[j]!.lower)) return true;
  return false;
}

/** A plant is news of production where it opens, closes, is being set up, or has a stated capacity. */
function hasStart(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const lower = tokens[i]!.lower;
    if (STARTS.has(lower) || ENDS.has(lower) || SETTING_UP.has(lower) || RATES.has(lower)) return true;
  }
  return false;
}

function candidate(
  frame: Frame,
  tokens: readonly Token[],
  date: ArticleDate | null,
  trigger: number,
  country: string,
  weapon: WeaponMention,
): ProductionCandidate {
  const status = statusOf(frame, tokens, trigger, triggerAt(frame, tokens, trigger) === 'plant');
  const year = yearOf(frame, tokens, date, status);
  return {
    fact: {
      type: 'production',
      country,
      producer: producerOf(frame),
      system: weapon.system,
      category: weapon.category,
      licensor: licensorOf(frame, tokens, country),
      capacity_per_year: capacityOf(frame, tokens, weapon),
      status,
      year,
    },
    sentence: frame.sentence.index,
    listSize: weapon.listSize,
  };
}

function producerOf(frame: Frame): string | null {
  return frame.parties.find((p) => p.kind === 'company')?.company ?? null;
}

/**
 * "under IAI's licence", "components imported from Russia", "a joint venture with Elbit", "Germany's
 * Rheinmetall runs a plant in Hungary": the foreign partner's state. The buyer ("for Norway") is none.
 */
function licensorOf(frame: Frame, tokens: readonly Token[], country: string): string | null {
  const { first, last } = frame.sentence;
  const foreign = frame.parties.filter((p) => p.code !== country && p.role !== 'to');
  let cue = false;
  for (let i = first; i < last; i++) {
    const lower = tokens[i]!.lower;
    if (/^licen[cs]/.test(lower) || PARTNER_CUES.has(lower) || lower.startsWith('co-')) cue = true;
  }
  if (cue) return foreign[0]?.code ?? null;
  return foreign.find((p) => p.kind === 'company' && p.role !== 'from')?.code ?? null;
}

/** "50,000 rifles every year", "150 million cartridges per year", "1,000 a month" (times 12). */
function capacityOf(frame: Frame, tokens: readonly Token[], weapon: WeaponMention): number | null {
  const { first, last } = frame.sentence;
  for (let i = first; i < last; i++) {
    const lower = tokens[i]!.lower;
    const stated = statedRate(tokens, i, last);
    if (stated !== null) return stated;
    const unit =
      lower === 'annually' || lower === 'yearly' ? 'year' : PER.has(lower) ? tokens[i + 1]?.lower : null;
    if (unit !== 'year' && unit !== 'month' && unit !== 'annum') continue;
    const value = weapon.quantity ?? numberBefore(tokens, first, i);
    if (value !== null) return unit === 'month' ? value * 12 : value;
  }
  return null;
}

/** "an annual capacity of 200", "a monthly output of 4,000 shells" (times 12). */
function statedRate(tokens: readonly Token[], i: number, last: number): number | null {
  const period = tokens[i]!.lower;
  if (period !== 'annual' && period !== 'yearly' && period !== 'monthly') return null;
  if (!RATES.has(tokens[i + 1]?.lower ?? '') || tokens[i + 2]?.lower !== 'of') return null;
  for (let j = i + 3; j < Math.min(last, i + 6); j++) {
    const reading = readNumber(tokens, j);
    if (reading && !reading.money) return period === 'monthly' ? reading.value * 12 : reading.value;
  }
  return null;
}

function numberBefore(tokens: readonly Token[], first: number, at: number): number | null {
  for (let i = at - 1; i >= Math.max(first, at - 8); i--) {
    const reading = readNumber(tokens, i);
    if (reading && !reading.money && !/^(19|20)\d\d$/.test(tokens[i]!.text)) return reading.value;
  }
  return null;
}
