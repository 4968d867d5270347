/**
 * Who published a share figure: a research body named near the statement ("according to SIPRI", "data from
 * the International Institute for Strategic Studies (IISS)"), by its acronym where the text gives one.
 */

import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** A publisher named in one sentence. */
export interface Publisher {
  sentence: number;
  name: string;
}

const BODY_WORDS = wordSet(
  'institute institution centre center council foundation office agency service research programme program',
);
const NAME_LINKS = wordSet('for of on and the');
/** How many sentences before a statement its publisher may be named ("according to SIPRI" earlier in the paragraph). */
const REACH_BEFORE = 3;

/** Every research body the article names, sentence by sentence. */
export function findPublishers(frames: readonly Frame[], tokens: readonly Token[]): Publisher[] {
  const out: Publisher[] = [];
  for (const frame of frames) {
    const { first, last, index } = frame.sentence;
    for (let i = first; i < last; i++) {
      if (tokens[i]!.text === 'SIPRI') out.push({ sentence: index, name: 'SIPRI' });
      else if (/^[A-Z]/.test(tokens[i]!.text) && !/^[A-Z]/.test(tokens[i - 1]?.text ?? '')) {
        const body = bodyAt(tokens, i, last);
        if (body) {
          out.push({ sentence: index, name: body.name });
          i = body.last - 1;
        }
      }
    }
  }
  return out;
}

/** The publisher named closest to a statement's sentence, within reach; else the article's. */
export function publisherNear(
  publishers: readonly Publisher[],
  sentence: number,
  fallback: string | null,
): string | null {
  let best: Publisher | null = null;
  for (const publisher of publishers) {
    const distance = sentence - publisher.sentence;
    if (distance < -1 || distance > REACH_BEFORE) continue;
    if (!best || Math.abs(distance) < Math.abs(sentence - best.sentence)) best = publisher;
  }
  return best?.name ?? fallback;
}

/** "Stockholm International Peace Research Institute (SIPRI)": a capitalised name ending in a body word. */
function bodyAt(tokens: readonly Token[], i: number, end: number): { name: string; last: number } | null {
  let j = i;
  let body = false;
  while (j < end && (/^[A-Z]/.test(tokens[j]!.text) || (NAME_LINKS.has(tokens[j]!.text) && j > i))) {
    body ||= BODY_WORDS.has(tokens[j]!.lower);
    j++;
  }
  while (j > i && NAME_LINKS.has(tokens[j - 1]!.text)) j--;
  if (!body) return null;
  const acronym = tokens[j]?.text === '(' ? tokens[j + 1]?.text : undefined;
  if (acronym && /^[A-Z]{2,}$/.test(acronym)) return { name: acronym, last: j + 2 };
  const name = tokens
    .slice(i, j)
    .map((t) => t.text)
    .join(' ');
  return { name: /Stockholm International Peace Research/.test(name) ? 'SIPRI' : name, last: j };
}
