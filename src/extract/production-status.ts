/**
 * How production stands (planned, active, ended) and the year it started or is to start, from the words of
 * one sentence: start and end words, future markers and times, a plant still being set up.
 */
import type { ProductionStatus } from '../model/index.ts';
import type { ArticleDate } from './dates.ts';
import { plantNounAt } from './production-cues.ts';
import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import { ENDS, FUTURE_MARKERS, productionTrigger, STARTS } from './triggers.ts';
import { wordSet } from './words.ts';

const NONE: ReadonlySet<number> = new Set();
const TALKS = wordSet('negotiating negotiations talks agreement contract deal plans plan');
const AHEAD = wordSet('will would once when after until to');
/** Words that put production later than the article however far before the production word they stand. */
const LATER = wordSet('will would shall due scheduled planned plans planning intends');
/** "to start licensed production", "is to begin assembly": a start still to come. */
const START_VERBS = wordSet('start begin launch open');
/** A plant still being set up ("broke ground on", "is building", "construction of") is planned. */
const UNDER_WAY = wordSet('ground building constructing construction establishing setting');

/** The year production started ("began in 2023", "since 2017") or is to start ("from 2026"), or null. */
export function yearOf(
  frame: Frame,
  tokens: readonly Token[],
  date: ArticleDate | null,
  status: ProductionStatus,
): number | null {
  const time = frame.times.find((t) => !t.future || status === 'planned');
  if (status === 'active' && startsNow(frame, tokens)) return time?.end ?? date?.year ?? null;
  if (status === 'planned') return time?.future ? time.end : roughYear(tokens, frame, date);
  const since = frame.times.find((t) => tokens[t.first - 1]?.lower === 'since');
  return status === 'active' && since && !since.future ? since.start : null;
}

/** Planned, active or ended, from the words of the sentence around its production word. */
export function statusOf(
  frame: Frame,
  tokens: readonly Token[],
  trigger: number,
  plantTrigger: boolean,
): ProductionStatus {
  const { first, last } = frame.sentence;
  for (let i = first; i < last; i++) if (ENDS.has(tokens[i]!.lower)) return 'ended';
  if (startsNow(frame, tokens)) return 'active';
  // "from 2027", "next year": production dated ahead of the article is still to come.
  if (frame.times.some((t) => t.future && !t.attributive)) return 'planned';
  if (beingSetUp(tokens, first, last, plantTrigger)) return 'planned';
  for (let i = Math.max(first, trigger - 4); i < trigger; i++) {
    const lower = tokens[i]!.lower;
    if (FUTURE_MARKERS.has(lower) || TALKS.has(lower)) return 'planned';
  }
  for (let i = Math.max(first, trigger - 10); i < trigger; i++) {
    const lower = tokens[i]!.lower;
    if (LATER.has(lower) || (lower === 'to' && START_VERBS.has(tokens[i + 1]?.lower ?? ''))) return 'planned';
  }
  for (let i = first; i < last; i++)
    if (TALKS.has(tokens[i]!.lower) || tokens[i]!.lower === 'will') return 'planned';
  return 'active';
}

/** "in mid-2026", "early-2027": a year the date reader leaves out, when it lies ahead of the article. */
function roughYear(tokens: readonly Token[], frame: Frame, date: ArticleDate | null): number | null {
  for (let i = frame.sentence.first; i < frame.sentence.last; i++) {
    const match = /^(?:mid|early|late)-((?:19|20)\d\d)$/.exec(tokens[i]!.lower);
    if (match && date && Number(match[1]) >= date.year) return Number(match[1]);
  }
  return null;
}

/** "broke ground on a plant", "is building a new production line": the plant, not yet the arms, is under way. */
function beingSetUp(tokens: readonly Token[], first: number, last: number, plantTrigger: boolean): boolean {
  for (let i = first; i < last; i++) {
    if (!UNDER_WAY.has(tokens[i]!.lower)) continue;
    if (plantTrigger) return true;
    for (let j = i + 1; j < Math.min(last, i + 7); j++) {
      if (productionTrigger(tokens[j]!) === 'plant' || plantNounAt(tokens, j, NONE)) return true;
    }
  }
  return false;
}

function startsNow(frame: Frame, tokens: readonly Token[]): boolean {
  const { first, last } = frame.sentence;
  for (let i = first; i < last; i++) {
    const lower = tokens[i]!.lower;
    if (STARTS.has(lower) && lower !== 'now' && lower !== 'currently' && !startToCome(tokens, first, i))
      return true;
  }
  return false;
}

/** "once it opens next year", "will be launched": a start word that the words before put ahead. */
function startToCome(tokens: readonly Token[], first: number, i: number): boolean {
  for (let j = Math.max(first, i - 3); j < i; j++) if (AHEAD.has(tokens[j]!.lower)) return true;
  return false;
}
