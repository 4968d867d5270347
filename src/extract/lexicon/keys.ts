/** The normalised keys that every lexicon map is keyed by. */

/** Lower-case, letters and digits only: 'Su-30SM' -> 'su30sm' (the scorer's comparison key). */
export function designationKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** Lower-case ASCII words without hyphens or apostrophes, one space apart: already a phrase key. */
const PLAIN_PHRASE = /^[a-z0-9.&,/]+(?: [a-z0-9.&,/]+)*$/;

/**
 * The key of a word phrase: lower case, diacritics dropped, curly apostrophes straightened, hyphens and
 * runs of white space read as one space, no space before an apostrophe nor after a one-letter elision
 * ("d' Ivoire"): 'South  Korea' -> 'south korea', 'anti-aircraft' -> 'anti aircraft',
 * "Côte d’Ivoire" -> "cote d'ivoire", 'U.S.' -> 'u.s.'. Join the tokens of a candidate phrase with spaces
 * and pass the result through this before a lookup; or take the key of each token once and join the keys,
 * which gives the same key for a phrase of plain words.
 */
export function phraseKey(text: string): string {
  const lower = text.toLowerCase();
  // Most phrases are plain ASCII words already: skip the normalising passes for them.
  if (PLAIN_PHRASE.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+'/g, "'")
    .replace(/\b([a-z])'\s+/g, "$1'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many words a phrase key has. */
export function wordCount(key: string): number {
  return key === '' ? 0 : key.split(' ').length;
}
