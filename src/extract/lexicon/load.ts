import { readFileSync } from 'node:fs';

/** Reads a file of the lexicon's data folder, which ships with the code. */
export function readLexiconFile(name: string): string {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
}

/** Reads and parses a JSON file of the lexicon's data folder. */
export function readLexiconJson<T>(name: string): T {
  return JSON.parse(readLexiconFile(name)) as T;
}

/** Computes a value on first use and keeps it: the lexicon loads its files only when asked. */
export function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= compute();
    return value;
  };
}

/** The largest word count among the keys of a map. */
export function maxWords(keys: Iterable<string>): number {
  let max = 0;
  for (const key of keys) max = Math.max(max, key.split(' ').length);
  return max;
}
