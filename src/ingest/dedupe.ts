/**
 * Near-duplicate detection: MinHash over word shingles, with LSH bands as the index.
 *
 * Two articles are near-duplicates when most of the shorter one's 3-word shingles also occur in the other
 * (overlap coefficient at least NEAR_DUPLICATE_THRESHOLD): a wire story that another site trimmed and
 * lightly edited still qualifies, while another write-up of the same deal shares only names and phrases.
 * MinHash signatures cut into bands find the candidates cheaply (articles sharing a band); the exact
 * overlap against each candidate's text confirms them.
 * docs/ingest.md gives the reasoning behind the numbers.
 */

/** Words per shingle: 3 keeps a one-word edit from spoiling more than three shingles. */
const SHINGLE_WORDS = 3;
/** Share of the shorter text's shingles found in the other from which it is a copy. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/** Texts with fewer shingles are never called near-duplicates: a few words carry too little evidence. */
export const MIN_SHINGLES = 10;
/** Bands of ROWS_PER_BAND MinHash values each: 40 x 2 finds a pair at Jaccard 0.3 with 98% chance. */
export const BANDS = 40;
const ROWS_PER_BAND = 2;

const SEEDS = seeds(BANDS * ROWS_PER_BAND);

/** The set of word shingles of a text (lower-cased words of letters and digits), as 32-bit hashes. */
export function shingles(text: string): Set<number> {
  const words =
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) result.add(hash32(words.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    result.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return result;
}

/** The LSH band keys of a shingle set (`<band>:<hex>`), empty for a text without words. */
export function bandKeys(set: ReadonlySet<number>): string[] {
  if (set.size === 0) return [];
  const signature = SEEDS.map((seed) => {
    let min = 0xffffffff;
    for (const shingle of set) min = Math.min(min, mix32(shingle ^ seed));
    return min;
  });
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    const rows = signature.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
    keys.push(`${band}:${rows.map((row) => row.toString(16).padStart(8, '0')).join('')}`);
  }
  return keys;
}

/** Overlap coefficient of two shingle sets: shared shingles over the size of the smaller set. */
export function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / small.size;
}

/** True when two shingle sets are copies of one text: both long enough, and overlapping at the threshold. */
export function isNearDuplicate(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return Math.min(a.size, b.size) >= MIN_SHINGLES && overlap(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a shingle. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return mix32(hash);
}

/** MurmurHash3's finaliser: a bijection on 32-bit values, so each seed gives a different permutation. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Fixed seeds (a linear congruential sequence), so band keys stay the same across runs and releases. */
function seeds(count: number): number[] {
  const result: number[] = [];
  let state = 0x2545f491;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    result.push(state);
  }
  return result;
}
