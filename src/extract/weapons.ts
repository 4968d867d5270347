/**
 * Weapon mentions: designations from the catalogue ("Su-30SM", "Patriot"), unseen designations by their shape
 * ("TOR-M2KM", "J-10CE", "F-16V Block 70") with the category from the kind word beside them, and kind words
 * alone ("artillery", "hundreds of vehicles"), each with the quantity written before it.
 */
import type { Category } from '../model/index.ts';
import { catalogueAt, classAt, joinable, shapeAt } from './designations.ts';
import { findKinds, markLists } from './kinds.ts';
import { readQuantity } from './quantities.ts';
import type { Sentence, Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** A weapon named in the text, by designation or only by kind. */
export interface WeaponMention {
  /** The designation as the article writes it (plural 's' dropped), or null for a kind word. */
  system: string | null;
  category: Category;
  /** The state the catalogue gives as the design's origin, or null. */
  origin: string | null;
  first: number;
  last: number;
  /** Units written before the mention ("30 Rafale jets"), or null. */
  quantity: number | null;
  /** The quantity came from "the first (five) of 36": 36 is the whole order, and `partQuantity` arrived. */
  firstOf: boolean;
  partQuantity: number | null;
  /** How many kind words stand in the same list ("artillery, ammunition and vehicles"). */
  listSize: number;
  /** Another name written beside the designation ("AK-103 Kalashnikov"): the article's own alias. */
  alias: string | null;
  /** The first token of the kind list this mention stands in, for kinds that must be read together. */
  list: number;
  /** A word as general as "vehicles" or "systems": it may stand for a named weapon of a nearby category. */
  generic: boolean;
}

/** "the first Gripen, denominated the F-39E", "the K2, also known as the Black Panther": one weapon, two names. */
const NAMING = wordSet('known dubbed designated denominated called named');

const APPOSITION = new Set([',', 'the', 'also', 'as', ...NAMING]);

/** Every weapon mention of one sentence, designations first, then kind words that no designation took. */
export function findWeapons(
  tokens: readonly Token[],
  keys: readonly string[],
  sentence: Sentence,
  named: readonly { first: number; last: number }[],
): WeaponMention[] {
  const kinds = findKinds(tokens, keys, sentence);
  const partyTokens = new Set<number>();
  for (const p of named) for (let i = p.first; i < p.last; i++) partyTokens.add(i);
  const designations = findDesignations(tokens, sentence, kinds, partyTokens).filter(
    (d) => !nameOfParty(d, named, kinds),
  );
  const taken = new Set(designations.map((d) => absorbKind(tokens, d, kinds, designations)));
  const free = kinds.filter(
    (k) =>
      !taken.has(k) &&
      !designations.some((d) => (d.first <= k.first && k.first < d.last) || partOf(tokens, k, d)),
  );
  markLists(tokens, free);
  const all = [...designations, ...free].sort((a, b) => a.first - b.first);
  for (const mention of all) readQuantity(tokens, mention, sentence);
  return all;
}

/**
 * "Kalashnikov receives a contract", "the Kalashnikov factory": a word that names a company (or a state) and a
 * weapon is the company, unless a kind word follows it ("Kalashnikov assault rifles").
 */
function nameOfParty(
  d: WeaponMention,
  named: readonly { first: number; last: number }[],
  kinds: WeaponMention[],
): boolean {
  if (d.system === null || /\d/.test(d.system) || d.last - d.first > 1) return false;
  if (!named.some((p) => p.first < d.last && d.first < p.last)) return false;
  return !kinds.some((k) => k.first >= d.last && k.first <= d.last + 1);
}

function findDesignations(
  tokens: readonly Token[],
  sentence: Sentence,
  kinds: WeaponMention[],
  partyTokens: ReadonlySet<number>,
): WeaponMention[] {
  const found: WeaponMention[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const hit =
      catalogueAt(tokens, i, sentence, kinds, partyTokens) ??
      shapeAt(tokens, i, sentence, kinds) ??
      classAt(tokens, i, sentence, kinds);
    if (!hit) continue;
    const previous = found[found.length - 1];
    if (previous && sameThing(tokens, previous, hit, kinds)) joinNames(previous, hit);
    else found.push(hit);
    i = hit.last - 1;
  }
  return found;
}

/** "AK-103 Kalashnikov rifles", "Kalashnikov assault rifles (AK-103s)": two names of one weapon. */
function sameThing(
  tokens: readonly Token[],
  a: WeaponMention,
  b: WeaponMention,
  kinds: WeaponMention[],
): boolean {
  if (b.first - a.last > 8) return false;
  let naming = false;
  for (let i = a.last; i < b.first; i++) {
    const t = tokens[i]!;
    naming ||= t.text === '(' || NAMING.has(t.lower);
    if (t.text === '(' || APPOSITION.has(t.lower) || kinds.some((k) => k.first <= i && i < k.last)) continue;
    return false;
  }
  // A comma alone separates a list ("T-72B tanks, BM-21 launchers"); a naming word joins two names.
  return naming || !tokens.slice(a.last, b.first).some((t) => t.text === ',');
}

function joinNames(a: WeaponMention, b: WeaponMention): void {
  const bFirst = b.system !== null && /\d/.test(b.system) && !/\d/.test(a.system ?? '');
  const [main, other] = bFirst ? [b, a] : [a, b];
  a.alias = other.system;
  a.system = main.system;
  a.category = main.category;
  a.origin = main.origin ?? other.origin;
  a.last = b.last;
}

/**
 * The kind word written right after (or right before) a designation belongs to it: "Su-30SM fighter aircraft",
 * "fighter aircraft J10C". Returns the kind word taken, whose start the designation adopts when it stands before.
 */
function absorbKind(
  tokens: readonly Token[],
  d: WeaponMention,
  kinds: WeaponMention[],
  designations: WeaponMention[],
): WeaponMention | undefined {
  const after = kinds.find((k) => k.first >= d.last && k.first <= d.last + 2);
  if (after && !designations.some((o) => o.first >= d.last && o.first < after.first)) {
    // "Altay main battle tank": the article's own kind word beats a catalogue entry of the same name.
    if (!after.generic) d.category = after.category;
    return after;
  }
  // "fighter aircraft J10C", and "Naval Strike Missile (NSM)" where the designation follows in brackets.
  const bracketed = tokens[d.first - 1]?.text === '(' && tokens[d.last]?.text === ')';
  const before = kinds.find(
    (k) =>
      k.last <= d.first &&
      k.last >= d.first - 2 &&
      (joinable(tokens, k.last, d.first) || (bracketed && k.last === d.first - 1)),
  );
  if (before) d.first = before.first;
  return before;
}

/** "the first components of the S-400", "parts of the Bayraktar TB2": a part of a named system is that system. */
function partOf(tokens: readonly Token[], kind: WeaponMention, d: WeaponMention): boolean {
  if (kind.category !== 'other' || d.first < kind.last) return false;
  const gap = tokens.slice(kind.last, d.first).map((t) => t.lower);
  return (
    gap.length > 0 &&
    gap.length <= 4 &&
    gap[0] === 'of' &&
    gap.every((w) => w === 'of' || w === 'the' || /^[a-z-]+$/.test(w))
  );
}

export function mention(
  system: string | null,
  category: Category,
  origin: string | null,
  first: number,
  last: number,
): WeaponMention {
  return {
    system,
    category,
    origin,
    first,
    last,
    quantity: null,
    firstOf: false,
    partQuantity: null,
    listSize: 1,
    alias: null,
    list: first,
    generic: false,
  };
}
