/**
 * Numbers in running text: digits ("50,000", "1.5"), words ("three", "a dozen"), multipliers ("150 million"),
 * and the difference between a count of things and an amount of money.
 */

import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  mn: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
  trillion: 1_000_000_000_000,
  crore: 10_000_000,
  lakh: 100_000,
};
/** Words that say "many" without a figure: the quantity stays null. */
export const VAGUE_AMOUNTS = wordSet(
  'dozens scores hundreds thousands millions several many numerous some few multiple various unspecified undisclosed unknown',
);
const MONEY_WORDS = wordSet(
  'dollar dollars euro euros usd eur pounds rupees rs rs. won yuan roubles rubles zlotys zloty lira liras yen sterling riyals dirhams crore lakh',
);
const CURRENCY_PREFIX = /^(?:us|u\.s\.|a|c|au|ca|nz|hk|s)?[$€£¥₹₩]|^(?:usd|eur|rs\.?|inr|sek|krw)$/i;

/** A number read from tokens [first, last): its value and whether it is money. */
export interface NumberReading {
  value: number;
  first: number;
  last: number;
  money: boolean;
}

/** The value of a digit string: "50,000" -> 50000, "1.5" -> 1.5, "23bn" -> 23e9; null when not a number. */
export function digitValue(text: string): number | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([a-z]*)$/i.exec(text.replace(/^[$€£¥₹₩]/, ''));
  if (!match) return null;
  const base = Number(match[1]!.replace(/,/g, ''));
  const suffix = match[2]!.toLowerCase();
  if (suffix === '') return base;
  const multiplier = MULTIPLIERS[suffix];
  return multiplier ? base * multiplier : null;
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...Object.entries(UNITS),
  ...Object.entries(TENS),
  ['dozen', 12],
  ...Object.entries(TENS).flatMap(([tens, ten]) =>
    Object.entries(UNITS)
      .filter(([, unit]) => unit < 10)
      .map(([word, unit]): [string, number] => [`${tens}-${word}`, ten + unit]),
  ),
]);

/** The value of a number word ("three", "twenty-four", "dozen"), or null. */
export function wordValue(word: string): number | null {
  return NUMBER_WORDS.get(word) ?? NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

/** Reads the number that starts at token `i`, with its multipliers and any currency around it, or null. */
export function readNumber(tokens: readonly Token[], i: number): NumberReading | null {
  const token = tokens[i];
  if (!token) return null;
  let value = digitValue(token.text) ?? wordValue(token.lower);
  if (value === null) return null;
  let last = i + 1;
  while (last < tokens.length && MULTIPLIERS[tokens[last]!.lower] && tokens[last]!.lower.length > 1) {
    value *= MULTIPLIERS[tokens[last]!.lower]!;
    last++;
  }
  return { value, first: i, last, money: isMoney(tokens, i, last) };
}

function isMoney(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last];
  if (/^[$€£¥₹₩]/.test(tokens[first]!.text)) return true;
  if (before && (before.type === 'currency' || CURRENCY_PREFIX.test(before.text))) return true;
  if (after && (MONEY_WORDS.has(after.lower) || after.type === 'currency')) return true;
  return after?.lower === 'worth' || after?.lower === '-worth';
}

/** True for a four-digit year between 1900 and 2099. */
export function isYearText(text: string): boolean {
  return /^(19|20)\d\d$/.test(text);
}
