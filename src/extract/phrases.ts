/**
 * Longest-match lookup of catalogue phrases over token n-grams: one hash lookup per candidate window, and only
 * at tokens whose first word starts some phrase. No regular expression per catalogue entry.
 */
import { phraseKey } from './lexicon/index.ts';
import type { Token } from './tokens.ts';

/** A phrase found at tokens [first, last). */
export interface PhraseMatch<V> {
  value: V;
  first: number;
  last: number;
}

/** An index over one phrase map (keys are `phraseKey`s), with phrases to skip ('think tank'). */
export class PhraseIndex<V> {
  /** Every word prefix of every phrase ("anti", "anti aircraft", ...): a window that is none can stop growing. */
  private readonly prefixes = new Set<string>();

  constructor(
    private readonly phrases: ReadonlyMap<string, V>,
    private readonly maxTokens: number,
    private readonly skip: ReadonlySet<string> = new Set(),
  ) {
    for (const key of [...phrases.keys(), ...skip]) {
      let at = key.indexOf(' ');
      while (at > 0) {
        this.prefixes.add(key.slice(0, at));
        at = key.indexOf(' ', at + 1);
      }
      this.prefixes.add(key);
    }
  }

  /** The longest phrase that starts at token `i` and ends before `end`; a skip phrase counts as a match of nothing. */
  longestAt(keys: readonly string[], i: number, end: number): PhraseMatch<V> | { skip: number } | null {
    const head = keys[i]!;
    if (!this.prefixes.has(head)) return null;
    let key = '';
    let best: PhraseMatch<V> | { skip: number } | null = null;
    for (let last = i + 1; last <= Math.min(end, i + this.maxTokens); last++) {
      const next = keys[last - 1]!;
      // A hyphen token ("self - propelled") has an empty key and adds no word.
      if (last === i + 1) key = head;
      else if (next !== '') key = `${key} ${next}`;
      else continue;
      if (!this.prefixes.has(key)) break;
      if (this.skip.has(key)) best = { skip: last };
      const value = this.phrases.get(key);
      if (value !== undefined) best = { value, first: i, last };
    }
    return best;
  }
}

/** The lookup key of every token: the lexicon's `phraseKey`, computed once per token. */
export function tokenKeys(tokens: readonly Token[]): string[] {
  return tokens.map((token) =>
    /^[a-z0-9]+$|^[,.;:()"]$/.test(token.lower) ? token.lower : phraseKey(token.text),
  );
}
