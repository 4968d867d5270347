/**
 * Times in a sentence, resolved to years against the article date: bare years and ranges ("in 2019-23",
 * "between 2015 and 2019"), relative years ("last year", "four years ago", "over the past five years"), and
 * chrono-node's casual parser for days and months ("on Friday", "in February", "last month").
 */
import * as chrono from 'chrono-node';
import { wordValue } from './numbers.ts';
import type { Sentence, Token } from './tokens.ts';

/** A time expression and the years it covers. */
export interface TimeMention {
  first: number;
  last: number;
  start: number;
  end: number;
  /** True when the expression points forward from the article date ("next year", "by 2030"). */
  future: boolean;
  /** A bare year used as an adjective ("a 2018 plan", "the 2017 deal"): it dates the noun after it. */
  attributive?: boolean;
}

/** The article date as year, month and a Date for chrono; null when the article has none. */
export interface ArticleDate {
  year: number;
  month: number | null;
  reference: Date;
}

/** Parses `YYYY-MM-DD` or `YYYY-MM` (or a bare year); null for null or unreadable dates. */
export function parseArticleDate(date: string | null): ArticleDate | null {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : 15;
  return { year, month, reference: new Date(Date.UTC(year, (month ?? 7) - 1, day, 12)) };
}

const RANGE = /^((?:19|20)\d\d)[-–](\d\d|(?:19|20)\d\d)$/;
const YEAR = /^(?:19|20)\d\d$/;
const DAY_WORDS =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|\b(?:today|yesterday|tomorrow|tonight|(?:[Ll]ast|[Tt]his|[Pp]ast|[Nn]ext) (?:week|month)|weeks? ago|days? ago|months? ago)\b/;
const RELATIVE: Record<string, number> = { last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };
const RELATIVE_STARTS = new Set([...Object.keys(RELATIVE), 'past']);

/**
 * Every time mention of one sentence, in text order. chrono-node runs only where `withDays` is set: the
 * caller asks for it on the few sentences that may state a fact.
 */
export function findTimes(
  tokens: readonly Token[],
  sentence: Sentence,
  text: string,
  date: ArticleDate | null,
  withDays: boolean,
): TimeMention[] {
  const found: TimeMention[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const mention = yearAt(tokens, i, sentence.last, date);
    if (mention) {
      found.push(mention);
      i = mention.last - 1;
    }
  }
  if (date && withDays) addChronoTimes(tokens, sentence, text, date, found);
  return found.sort((a, b) => a.first - b.first);
}

function yearAt(
  tokens: readonly Token[],
  i: number,
  end: number,
  date: ArticleDate | null,
): TimeMention | null {
  const token = tokens[i]!;
  const digit = token.text.charCodeAt(0) >= 48 && token.text.charCodeAt(0) <= 57;
  if (!digit && !RELATIVE_STARTS.has(token.lower) && wordValue(token.lower) === null) return null;
  const range = RANGE.exec(token.text);
  if (range) return spanOf(i, i + 1, Number(range[1]), expandYear(range[1]!, range[2]!), false);
  if (YEAR.test(token.text)) return designationNumber(tokens, i) ? null : explicitYear(tokens, i, end, date);
  if (!date) return null;
  return relativeYear(tokens, i, end, date);
}

/** "24 PzH 2000 howitzers", "Type 2000": a number that ends a capitalised name is part of a designation. */
function designationNumber(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  // Mixed case with two capitals ("PzH", "MiG"): the shape of a designation, not of a place or a month.
  return /[A-Z].*[A-Z]/.test(before.text) && /[a-z]/.test(before.text);
}

function explicitYear(
  tokens: readonly Token[],
  i: number,
  end: number,
  date: ArticleDate | null,
): TimeMention {
  const year = Number(tokens[i]!.text);
  const dash = tokens[i + 1];
  const other = tokens[i + 2];
  if (
    i + 2 < end &&
    dash &&
    other &&
    // "2019-23" and "2015 to 2019", but not "in 2015 and 30 more".
    (/^[-–]$/.test(dash.lower) ? /^\d\d(\d\d)?$/ : /^\d{4}$/).test(other.text) &&
    /^[-–]$|^to$|^and$/.test(dash.lower)
  ) {
    const endYear = expandYear(tokens[i]!.text, other.text);
    if (endYear > year && endYear - year < 60)
      return spanOf(i, i + 3, year, endYear, date ? year > date.year : false);
  }
  const before = tokens[i - 1]?.lower;
  const future = (date !== null && year > date.year) || before === 'by' || before === 'until';
  const mention = spanOf(i, i + 1, year, year, future);
  if (/^(a|an|the|its|their|his|her)$/.test(before ?? '') && tokens[i + 1]?.pos === 'NOUN')
    mention.attributive = true;
  return mention;
}

function relativeYear(
  tokens: readonly Token[],
  i: number,
  end: number,
  date: ArticleDate,
): TimeMention | null {
  const word = tokens[i]!.lower;
  const next = tokens[i + 1]?.lower;
  if (word in RELATIVE && (next === 'year' || next === "year's") && i + 1 < end) {
    const shift = RELATIVE[word]!;
    return spanOf(i, i + 2, date.year + shift, date.year + shift, shift > 0);
  }
  // "four years ago", "nearly 4 years ago"
  const count = countAt(tokens[i]!);
  if (count !== null && /^years?$/.test(next ?? '') && tokens[i + 2]?.lower === 'ago' && i + 2 < end) {
    return spanOf(i, i + 3, date.year - count, date.year - count, false);
  }
  // "over the past five years", "in the last 5 years": the years before the article's year.
  if ((word === 'past' || word === 'last') && count === null && i + 2 < end) {
    const n = countAt(tokens[i + 1]!);
    if (n !== null && /^years?$/.test(tokens[i + 2]!.lower))
      return spanOf(i, i + 3, date.year - n, date.year - 1, false);
  }
  return null;
}

function countAt(token: Token): number | null {
  if (/^\d{1,2}$/.test(token.text)) return Number(token.text);
  return wordValue(token.lower);
}

function expandYear(first: string, second: string): number {
  return second.length === 2 ? Number(first.slice(0, 2) + second) : Number(second);
}

function spanOf(first: number, last: number, start: number, end: number, future: boolean): TimeMention {
  return { first, last, start, end, future };
}

/** Days and months by chrono-node, only where the sentence holds a month, a weekday or a relative day. */
function addChronoTimes(
  tokens: readonly Token[],
  sentence: Sentence,
  text: string,
  date: ArticleDate,
  found: TimeMention[],
): void {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (!DAY_WORDS.test(sentenceText)) return;
  for (const result of chrono.casual.parse(sentenceText, date.reference)) {
    const start = sentence.start + result.index;
    const end = start + result.text.length;
    const first = tokenAt(tokens, sentence, start);
    const last = tokenAt(tokens, sentence, end - 1) + 1;
    if (found.some((mention) => mention.first < last && first < mention.last)) continue;
    if (/^(?:may|march)$/i.test(result.text.trim())) continue; // the verb "may", the verb "march"
    const year = result.start.get('year');
    if (year === null) continue;
    const resolved = result.start.date().getTime();
    // "on Friday" in a report is the Friday just past: only a week or more ahead is the future.
    found.push(spanOf(first, last, year, year, resolved > date.reference.getTime() + 86_400_000 * 7));
  }
}

function tokenAt(tokens: readonly Token[], sentence: Sentence, offset: number): number {
  for (let i = sentence.first; i < sentence.last; i++) if (tokens[i]!.end > offset) return i;
  return sentence.last - 1;
}
