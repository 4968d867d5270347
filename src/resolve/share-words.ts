import type { ShareWording } from '../model/index.ts';

/** Half the width of the range a fraction in words stands for, in percentage points ("a third": 28-38 %). */
const FRACTION_TOLERANCE_PCT = 5;

type Range = Omit<ShareWording, 'phrase'>;

/** A fraction in words: its share plus or minus the tolerance. */
const fraction = (pattern: string, share: number): [RegExp, Range] =>
  band(pattern, Math.max(0, share - FRACTION_TOLERANCE_PCT), Math.min(100, share + FRACTION_TOLERANCE_PCT));

const band = (pattern: string, minPct: number, maxPct: number): [RegExp, Range] => [
  new RegExp(`\\b${pattern}\\b`, 'i'),
  { minPct: Math.round(minPct * 10) / 10, maxPct: Math.round(maxPct * 10) / 10 },
];

/** Longer phrases first, so that "two thirds" is not read as "a third" nor "almost all" as "all". */
const WORDINGS: [RegExp, Range][] = [
  band('(almost|nearly|virtually|practically|close to) all', 80, 100),
  band('(the )?(vast|overwhelming) majority', 75, 100),
  band('(more than|over) half', 50, 100),
  band('(most|the majority|a majority)', 50, 100),
  fraction('two[- ]thirds', 200 / 3),
  fraction('three[- ]quarters', 75),
  fraction('(a|one)[- ]third', 100 / 3),
  fraction('(a|one)[- ]quarter', 25),
  fraction('(a|one)[- ]fifth', 20),
  fraction('(a|one)[- ]tenth', 10),
  fraction('half', 50),
];

/** Reads the share that words give ("almost all", "a third", "half"), or null where none does. */
export function readShareWording(text: string): ShareWording | null {
  for (const [pattern, wording] of WORDINGS) {
    const match = pattern.exec(text);
    if (match) return { phrase: match[0].toLowerCase(), ...wording };
  }
  return null;
}
