/**
 * The figures of a share statement: percentages ("43 per cent", "31%", "%31", "43pc", "nine per cent"), the
 * bare first number of a range ("from 69 to 46 per cent") and shares in words ("almost three-quarters",
 * "the lion's share", "more than half"), with the figures that only state a change ("rose by 20 per cent",
 * "a 155 per cent rise") left out.
 */

import { wordValue } from './numbers.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** One share figure in a sentence, tokens [first, last). */
export interface ShareFigure {
  first: number;
  last: number;
  /** The share in percent, null where only words give it (FACTS.md). */
  pct: number | null;
  /**
   * An earlier figure that a later or nearby one is compared with ("up from 35 per cent", "from 69 to 46 per
   * cent"): the same partners at another time.
   */
  earlier: boolean;
}

const CHANGE_BEFORE = wordSet(
  'by up down increased decreased grew rose fell dropped declined rising falling growing increasing decreasing declining dropping jumped surged climbed slumped plunged soared shrank shrunk gained lost expanded contracted',
);
const CHANGE_AFTER = wordSet(
  'increase increases rise rises drop drops decline declines fall falls growth jump reduction decrease more higher lower less fewer larger smaller cut hike surge gain boost',
);
const COMPARED = wordSet('from compared against versus');
const FRACTIONS = wordSet('half halves third thirds quarter quarters fifth fifths');
const FRACTION_COUNTS = wordSet('a one two three four');
const WHOLE = wordSet('all most majority bulk');
const WHOLE_QUALIFIERS = wordSet('almost nearly virtually practically');

/** Every share figure of tokens [first, last), in text order, changes left out. */
export function findFigures(tokens: readonly Token[], first: number, last: number): ShareFigure[] {
  const out: ShareFigure[] = [];
  for (let i = first; i < last; i++) {
    const figure =
      percentFigure(tokens, i, last) ?? rangeStart(tokens, i, last) ?? wordFigure(tokens, i, last);
    if (!figure) continue;
    if (!isChange(tokens, figure)) out.push(figure);
    i = figure.last - 1;
  }
  return out;
}

/** "%31", "31%", "31 per cent", "31 percent", "31pc", "nine per cent" starting at token i. */
export function percentAt(
  tokens: readonly Token[],
  i: number,
  end: number,
): { pct: number; last: number } | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || i >= end) return null;
  if (a.text === '%' && b && /^\d+(\.\d+)?$/.test(b.text)) return { pct: Number(b.text), last: i + 2 };
  const glued = /^(\d+(?:\.\d+)?)(%|pc)$/.exec(a.lower);
  if (glued) return { pct: Number(glued[1]), last: i + 1 };
  const value = /^\d+(\.\d+)?$/.test(a.text) ? Number(a.text) : wordValue(a.lower);
  if (value === null || value > 100) return null;
  if (b?.text === '%' || b?.lower === 'percent' || b?.lower === 'pc') return { pct: value, last: i + 2 };
  if (b?.lower === 'per' && tokens[i + 2]?.lower === 'cent') return { pct: value, last: i + 3 };
  return null;
}

function percentFigure(tokens: readonly Token[], i: number, end: number): ShareFigure | null {
  const found = percentAt(tokens, i, end);
  if (!found) return null;
  return { first: i, last: found.last, pct: found.pct, earlier: COMPARED.has(tokens[i - 1]?.lower ?? '') };
}

/** "from 69 to 46 per cent": the bare 69 is a percentage too, of the earlier time. */
function rangeStart(tokens: readonly Token[], i: number, end: number): ShareFigure | null {
  if (tokens[i - 1]?.lower !== 'from' || !/^\d+(\.\d+)?$/.test(tokens[i]!.text)) return null;
  if (tokens[i + 1]?.lower !== 'to' || !percentAt(tokens, i + 2, end)) return null;
  return { first: i, last: i + 1, pct: Number(tokens[i]!.text), earlier: true };
}

/** "almost all", "most", "the bulk", "the lion's share", "more than half", "two-thirds", "a third". */
function wordFigure(tokens: readonly Token[], i: number, end: number): ShareFigure | null {
  const lower = tokens[i]!.lower;
  const before = tokens[i - 1]?.lower ?? '';
  const whole =
    (lower === 'all' && WHOLE_QUALIFIERS.has(before)) ||
    (WHOLE.has(lower) && lower !== 'all' && !(lower === 'most' && before === 'the'));
  const lion = lower === 'lion' && tokens[i + 1]?.lower === "'s" && tokens[i + 2]?.lower === 'share';
  const fraction = FRACTIONS.has(lower) && (lower === 'half' || FRACTION_COUNTS.has(countBefore(tokens, i)));
  if (!whole && !lion && !fraction) return null;
  const last = lion ? i + 3 : i + 1;
  return last <= end ? { first: i, last, pct: null, earlier: false } : null;
}

/** The count of a fraction: "two thirds", "two-thirds" (wink splits the hyphen off). */
function countBefore(tokens: readonly Token[], i: number): string {
  const before = tokens[i - 1]?.lower ?? '';
  return before === '-' ? (tokens[i - 2]?.lower ?? '') : before;
}

/** "rose by 20 per cent", "up 20 per cent", "a 20 per cent rise", "an increase of 20 per cent". */
function isChange(tokens: readonly Token[], figure: ShareFigure): boolean {
  const before = tokens[figure.first - 1]?.lower ?? '';
  if (figure.pct === null) return false;
  // "made up 36 per cent" states a share; "up 36 per cent" a change.
  if (CHANGE_BEFORE.has(before))
    return !(before === 'up' && /^mak|^made$/.test(tokens[figure.first - 2]?.lower ?? ''));
  if (CHANGE_AFTER.has(tokens[figure.last]?.lower ?? '')) return true;
  return before === 'of' && CHANGE_AFTER.has(tokens[figure.first - 2]?.lower ?? '');
}
