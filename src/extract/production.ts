/**
 * Production candidates: a sentence that reports making arms (a plant, a start or end of production, a
 * capacity, kits assembled) in a place the text gives. Naming the maker of a traded weapon ("made by
 * Dassault") is no production, nor is an observer's forecast.
 */

import type { ProductionFact, ProductionStatus } from '../model/index.ts';
import type { ArticleDate } from './dates.ts';
import { readNumber } from './numbers.ts';
import type { PartyMention } from './parties.ts';
import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import { ENDS, FUTURE_MARKERS, NEGATIONS, productionTrigger, SPECULATION, STARTS } from './triggers.ts';
import type { WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

/** A production fact read from one sentence, before merging. */
export interface ProductionCandidate {
  fact: Omit<ProductionFact, 'evidence'>;
  sentence: number;
  listSize: number;
}

const CIVILIAN = new Set(['civilian', 'consumer', 'commercial', 'sporting']);
const TALKS = wordSet('negotiating negotiations talks agreement contract deal plans plan');
const PER = new Set(['per', 'a', 'every', 'each']);
const SETTING_UP = wordSet('establishing establish constructing construction building build set');
/** Kinds that a plant takes in rather than makes: components, kits, production lines. */
const INPUTS = new Set(['other']);

/** Reads the production candidates of a whole article. */
export function readProduction(
  frames: readonly Frame[],
  tokens: readonly Token[],
  date: ArticleDate | null,
): ProductionCandidate[] {
  const out: ProductionCandidate[] = [];
  let place: string | null = null;
  let lastWeapon: WeaponMention | null = null;
  for (const frame of frames) {
    const trigger = findTrigger(frame, tokens);
    if (trigger !== null) {
      const country: string | null = placeOf(frame, trigger) ?? place;
      const products = frame.weapons.filter((w) => w.system !== null || !INPUTS.has(w.category));
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

/** True where the sentence reports making arms (not naming a maker, not a forecast). */
export function makesArms(frame: Frame, tokens: readonly Token[]): boolean {
  return findTrigger(frame, tokens) !== null;
}

/** The production word of the sentence, unless it only names a maker or the sentence is speculation. */
function findTrigger(frame: Frame, tokens: readonly Token[]): number | null {
  const { first, last } = frame.sentence;
  for (let i = first; i < last; i++) if (CIVILIAN.has(tokens[i]!.lower)) return null;
  for (let i = first; i < last; i++) {
    const kind = productionTrigger(tokens[i]!);
    if (!kind) continue;
    if (tokens[i + 1]?.lower === 'by' || tokens[i + 1]?.lower === 'to') continue;
    // "French manufactured Rafale", "Turkish-made": the maker as an adjective, not a report of production.
    const adjective = (p: PartyMention) => p.kind === 'demonym' || p.role === 'made';
    if (
      frame.parties.some(
        (p) => (p.first <= i && i < p.last) || (adjective(p) && (p.last === i || p.last === i - 1)),
      )
    ) {
      continue;
    }
    if (negatedBefore(tokens, first, i)) continue;
    if (kind === 'plant' && !hasStart(tokens, first, last)) continue;
    for (let j = first; j < i; j++)
      if (SPECULATION.has(tokens[j]!.lower) && tokens[j]!.text !== 'May') return null;
    return i;
  }
  return null;
}

function negatedBefore(tokens: readonly Token[], first: number, i: number): boolean {
  for (let j = Math.max(first, i - 6); j < i; j++) if (NEGATIONS.has(tokens[j]!.lower)) return true;
  return false;
}

/** A plant is news of production where it opens, closes, or is being set up. */
function hasStart(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const lower = tokens[i]!.lower;
    if (STARTS.has(lower) || ENDS.has(lower) || SETTING_UP.has(lower)) return true;
  }
  return false;
}

/** Where production happens: "in Armenia", the subject state, a "Saudi-made" drone, the maker's home. */
function placeOf(frame: Frame, trigger: number): string | null {
  const states = frame.parties.filter((p) => p.kind !== 'company');
  const inPlace = states.find((p) => p.role === 'in');
  if (inPlace) return inPlace.code;
  const subject = states.filter((p) => p.first < trigger && p.role !== 'from' && p.role !== 'to').pop();
  if (subject && (subject.role === 'plain' || subject.role === 'possessive') && subject.kind !== 'demonym')
    return subject.code;
  return states.find((p) => p.role === 'made')?.code ?? null;
}

function candidate(
  frame: Frame,
  tokens: readonly Token[],
  date: ArticleDate | null,
  trigger: number,
  country: string,
  weapon: WeaponMention,
): ProductionCandidate {
  const status = statusOf(frame, tokens, trigger);
  const starts = status === 'active' && startsNow(frame, tokens);
  const time = frame.times.find((t) => !t.future || status === 'planned');
  let year: number | null = null;
  if (starts) year = time?.end ?? date?.year ?? null;
  else if (status === 'planned' && time?.future) year = time.end;
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

function statusOf(frame: Frame, tokens: readonly Token[], trigger: number): ProductionStatus {
  const { first, last } = frame.sentence;
  for (let i = first; i < last; i++) if (ENDS.has(tokens[i]!.lower)) return 'ended';
  if (startsNow(frame, tokens)) return 'active';
  for (let i = Math.max(first, trigger - 4); i < trigger; i++) {
    const lower = tokens[i]!.lower;
    if (FUTURE_MARKERS.has(lower) || TALKS.has(lower)) return 'planned';
  }
  for (let i = first; i < last; i++)
    if (TALKS.has(tokens[i]!.lower) || tokens[i]!.lower === 'will') return 'planned';
  return 'active';
}

function startsNow(frame: Frame, tokens: readonly Token[]): boolean {
  const { first, last } = frame.sentence;
  for (let i = first; i < last; i++) {
    const lower = tokens[i]!.lower;
    if (STARTS.has(lower) && lower !== 'now' && lower !== 'currently') return true;
  }
  return false;
}

function producerOf(frame: Frame): string | null {
  return frame.parties.find((p) => p.kind === 'company')?.company ?? null;
}

/** "under IAI's licence", "components imported from Russia", "a transfer of technology agreed by Saab". */
function licensorOf(frame: Frame, tokens: readonly Token[], country: string): string | null {
  const { first, last } = frame.sentence;
  let cue = false;
  for (let i = first; i < last; i++) {
    if (
      /^licen[cs]/.test(tokens[i]!.lower) ||
      tokens[i]!.lower === 'components' ||
      tokens[i]!.lower === 'kits' ||
      tokens[i]!.lower === 'technology'
    )
      cue = true;
  }
  if (!cue) return null;
  return frame.parties.find((p) => p.code !== country)?.code ?? null;
}

/** "50,000 rifles every year", "150 million cartridges per year", "1,000 a month" (times 12). */
function capacityOf(frame: Frame, tokens: readonly Token[], weapon: WeaponMention): number | null {
  const { first, last } = frame.sentence;
  for (let i = first; i < last; i++) {
    const lower = tokens[i]!.lower;
    const unit =
      lower === 'annually' || lower === 'yearly' ? 'year' : PER.has(lower) ? tokens[i + 1]?.lower : null;
    if (unit !== 'year' && unit !== 'month' && unit !== 'annum') continue;
    const value = weapon.quantity ?? numberBefore(tokens, first, i);
    if (value !== null) return unit === 'month' ? value * 12 : value;
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
