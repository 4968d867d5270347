/**
 * The years a share statement covers: year ranges and relative spans from the sentence's time mentions
 * ("in 2019-23", "between 2015 and 2019", "over the past five years"), and "in the five years to 2024".
 * Days and months ("on Monday", "in March") date the report, not the statement, and are left out.
 */

import type { TimeMention } from './dates.ts';
import { wordValue } from './numbers.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** The years of one statement, tokens [first, last). */
export interface Period {
  first: number;
  last: number;
  start: number;
  end: number;
}

const PERIOD_WORDS = wordSet("- – to and last past previous this current year years year's ago over");
const UP_TO = wordSet('to through until ending');

/** The periods of a sentence, in text order. */
export function periodsIn(tokens: readonly Token[], times: readonly TimeMention[]): Period[] {
  const out: Period[] = [];
  for (const time of times) {
    if (!coversYears(tokens, time)) continue;
    const start = time.start === time.end ? (yearsUpTo(tokens, time.first) ?? time.start) : time.start;
    out.push({ first: time.first, last: time.last, start: Math.min(start, time.end), end: time.end });
  }
  return out;
}

function coversYears(tokens: readonly Token[], time: TimeMention): boolean {
  for (let i = time.first; i < time.last; i++) {
    const token = tokens[i]!;
    if (/^\d/.test(token.text) || PERIOD_WORDS.has(token.lower) || wordValue(token.lower) !== null) continue;
    return false;
  }
  return true;
}

/** "the five years to 2024", "the five-year period to 2024": the first year of the span that ends in 2024. */
function yearsUpTo(tokens: readonly Token[], yearAt: number): number | null {
  if (!UP_TO.has(tokens[yearAt - 1]?.lower ?? '')) return null;
  for (let i = yearAt - 2; i >= Math.max(0, yearAt - 5); i--) {
    if (!/^years?$/.test(tokens[i]!.lower)) continue;
    const before = tokens[i - 1]?.lower === '-' ? i - 2 : i - 1;
    const count = /^\d{1,2}$/.test(tokens[before]?.text ?? '')
      ? Number(tokens[before]!.text)
      : wordValue(tokens[before]?.lower ?? '');
    if (count !== null && count > 0) return Number(tokens[yearAt]!.text) - count + 1;
  }
  return null;
}
