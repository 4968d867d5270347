/**
 * The sentence and token layer: wink-nlp with its lite English model, loaded once per process. Every later
 * rule works on these tokens (with their UTF-16 offsets into the text) and never re-reads the raw string.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** One token with its place in the text. */
export interface Token {
  text: string;
  /** Lower case, with typographic apostrophes and dashes made plain. */
  lower: string;
  start: number;
  end: number;
  /** wink's token type: word, number, punctuation, currency, symbol, ... */
  type: string;
  /** Universal part of speech from wink's tagger. */
  pos: string;
  /** True where whitespace separates this token from the one before. */
  spaced: boolean;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

/** One sentence: a span of the text and the tokens [first, last). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  first: number;
  last: number;
}

/** The text cut into tokens and sentences. */
export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

/** Lower-cases a token and makes typographic apostrophes and dashes plain, for lookups. */
export function plain(text: string): string {
  const lower = text.toLowerCase();
  return /^[\x20-\x7e]*$/.test(lower) ? lower : lower.replace(/[’‘]/g, "'").replace(/[‐‑‒–—]/g, '-');
}

/** Tokenizes the text once; offsets are rebuilt from wink's tokens and preceding spaces. */
export function tokenize(text: string): TokenizedText {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  // wink index -> our index; line breaks are no tokens here but end a sentence (headlines have no full stop).
  const position: number[] = [];
  const breaks = new Set<number>();
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    offset += (spaces[i] ?? '').length;
    position.push(tokens.length);
    if (tags[i] === 'SPACE' || value.trim() === '') {
      if (value.includes('\n')) breaks.add(tokens.length);
    } else {
      tokens.push({
        text: value,
        lower: plain(value),
        start: offset,
        end: offset + value.length,
        type: types[i] ?? 'word',
        pos: tags[i] ?? 'X',
        spaced: (spaces[i] ?? '').length > 0,
        sentence: 0,
      });
    }
    offset += value.length;
  }
  position.push(tokens.length);
  const sentences: Sentence[] = [];
  for (const [first, lastInclusive] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    pushSentence(sentences, tokens, position[first]!, position[lastInclusive + 1]!, breaks);
  }
  return { tokens, sentences };
}

function pushSentence(
  sentences: Sentence[],
  tokens: Token[],
  first: number,
  last: number,
  breaks: Set<number>,
): void {
  let from = first;
  for (let i = first + 1; i < last; i++) {
    if (breaks.has(i)) {
      addSentence(sentences, tokens, from, i);
      from = i;
    }
  }
  addSentence(sentences, tokens, from, last);
}

function addSentence(sentences: Sentence[], tokens: Token[], first: number, last: number): void {
  if (last <= first) return;
  const index = sentences.length;
  for (let i = first; i < last; i++) tokens[i]!.sentence = index;
  sentences.push({ index, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
}
