/**
 * Weapon mentions: designations from the catalogue ("Su-30SM", "Patriot"), unseen designations by their shape
 * ("TOR-M2KM", "J-10CE", "F-16V Block 70") with the category from the kind word beside them, and kind words
 * alone ("artillery", "hundreds of vehicles"), each with the quantity written before it.
 */
import type { Category } from '../model/index.ts';
import { findKinds, markLists } from './kinds.ts';
import {
  categoryPhrases,
  designationKey,
  findWeapon,
  type WeaponEntry,
  weaponKeys,
} from './lexicon/index.ts';
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

/** Letters and digits in the shape of a designation: TB2, J-10CE, TOR-M2KM, M903, F-39E, AK-103s. */
const SHAPE = /^[A-Z][A-Za-z]{0,5}(?:-[A-Za-z]{1,3})?-?\d{1,4}[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*$/;

/** Shapes that are no weapon: calibres, sizes, viruses, summits, flights. */
const NOT_A_DESIGNATION = /^(?:COVID|G\d|MH\d|Covid|FY\d|Q[1-4]$|H[12]$|P5|E3$|UN\d)/;

const MAX_DESIGNATION_TOKENS = 8;
/** "the first Gripen, denominated the F-39E", "the K2, also known as the Black Panther": one weapon, two names. */
const NAMING = wordSet('known dubbed designated denominated called named');
const APPOSITION = new Set([',', 'the', 'also', 'as', ...NAMING]);
/** "Su-57 fighters": bare "fighters" is no kind word (it names combatants too) but confirms a designation. */
const FIGHTERS = new Set(['fighter', 'fighters']);

/** Calibres ("7.62×39 mm", "155mm") are kinds of ammunition, not designations. */
const CALIBRE = /^\d+(?:[.,]\d+)?\s*(?:[x×]\s*\d+)?\s*(?:mm|cm|in|calibre|caliber)?$/i;

/** First words of kind phrases, which may follow a name in capitals ("Patriot Missile"). */
const KIND_HEADS = new Set([...categoryPhrases().keys()].map((key) => key.split(' ')[0]!));

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

function catalogueAt(
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  kinds: WeaponMention[],
  partyTokens: ReadonlySet<number>,
): WeaponMention | null {
  const head = tokens[i]!;
  if (!/^[A-Z0-9\p{Lu}]/u.test(head.text) || head.type === 'punctuation' || !unitStart(tokens, i, sentence))
    return null;
  const limit = Math.min(sentence.last, i + MAX_DESIGNATION_TOKENS);
  const { keys, prefixes } = catalogue();
  // Designation keys ignore spaces and punctuation, so a window's key is its tokens' keys run together.
  let key = '';
  let best: { last: number; entry: WeaponEntry; exact: boolean } | null = null;
  for (let last = i + 1; last <= limit; last++) {
    key += designationKeyOf(tokens[last - 1]!);
    // "TB2s", "Rafales": a plural 's' ends a designation without being part of its key.
    const plural = key.endsWith('s') ? keys.get(key.slice(0, -1)) : undefined;
    if (!prefixes.has(key) && !plural) break;
    if (tokens[last - 1]!.lower === "'s" || !unitEnd(tokens, last, sentence) || !joinable(tokens, i, last))
      continue;
    const exact = keys.get(key);
    const entry = exact ?? plural;
    if (entry) best = { last, entry, exact: exact !== undefined };
    if (!prefixes.has(key)) break;
  }
  if (!best) return null;
  const { last, entry, exact } = best;
  const whole = spanText(tokens, i, last);
  if (!/[A-Za-z]/.test(whole) || CALIBRE.test(whole) || !plausible(tokens, i, last, sentence, partyTokens))
    return null;
  // "Kalashnikov assault rifles", "M903 launchers": the system is the name before the lower-case words.
  const kind = kinds.find((k) => k.first > i && k.first < last);
  const end = kind ? kind.first : extendBlock(tokens, trimLowerCase(tokens, i, last), sentence);
  // "Abrams" is a name that ends in s; "Rafales" is a plural the catalogue knew only without it.
  const written = spanText(tokens, i, end);
  const system = exact && end === last ? written : dropPlural(written, entry.designation);
  return mention(system, entry.category, entry.origin, i, end);
}

/** The catalogue by designation key, with every prefix of every key for early stops. */
const catalogue = (() => {
  let built: { keys: ReadonlyMap<string, WeaponEntry>; prefixes: Set<string> } | null = null;
  return () => {
    if (built) return built;
    const keys = weaponKeys();
    const prefixes = new Set<string>();
    for (const key of keys.keys()) for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
    built = { keys, prefixes };
    return built;
  };
})();

function designationKeyOf(token: Token): string {
  return /^[a-z0-9]*$/.test(token.lower) ? token.lower : designationKey(token.text);
}

function trimLowerCase(tokens: readonly Token[], first: number, last: number): number {
  let end = last;
  while (
    end - 1 > first &&
    /^[a-z]+$/.test(tokens[end - 1]!.text) &&
    findWeapon(spanText(tokens, first, end - 1))
  )
    end--;
  return end;
}

/**
 * wink splits "Osa-AK" and "S-400s" into pieces written without spaces: a designation starts and ends only
 * where the written word does.
 */
function unitStart(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (i === sentence.first || tokens[i]!.spaced) return true;
  const previous = tokens[i - 1]!;
  return previous.type === 'punctuation' && previous.text !== '-' && previous.text !== '/';
}

function unitEnd(tokens: readonly Token[], last: number, sentence: Sentence): boolean {
  if (last >= sentence.last) return true;
  const next = tokens[last]!;
  if (tokens[last - 1]!.text === '-') return false;
  return (
    next.spaced ||
    next.lower === "'s" ||
    (next.type === 'punctuation' && next.text !== '-' && next.text !== '/')
  );
}

/**
 * A one-word designation without digits ("Patriot", "Rafale") must be a proper noun standing alone, not an
 * English word nor a piece of a longer name ("David Galstyan", "North Atlantic", "Senator Ben Cardin").
 */
function plausible(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: Sentence,
  partyTokens: ReadonlySet<number>,
): boolean {
  if (last - first > 1 || /\d/.test(tokens[first]!.text)) return true;
  const token = tokens[first]!;
  if (token.pos !== 'PROPN' && !/^[A-Z0-9-]+s?$/.test(token.text)) return false;
  // A maker or a state beside it ("Saab Gripen", "French Rafale") is no longer name.
  const before = first > sentence.first && !partyTokens.has(first - 1) ? tokens[first - 1] : undefined;
  const after = last < sentence.last && !partyTokens.has(last) ? tokens[last] : undefined;
  return !namePart(before) && !namePart(after);
}

function namePart(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.pos === 'PROPN' &&
    /^[A-Z][a-z]/.test(token.text) &&
    !KIND_HEADS.has(token.lower)
  );
}

function shapeAt(
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  kinds: WeaponMention[],
): WeaponMention | null {
  const code = tokens[i]!.text.charCodeAt(0);
  if (code < 65 || code > 90 || !unitStart(tokens, i, sentence)) return null;
  let last = i + 1;
  while (!unitEnd(tokens, last, sentence)) last++;
  const written = spanText(tokens, i, last);
  if (!SHAPE.test(written) || NOT_A_DESIGNATION.test(written)) return null;
  const end = extendBlock(tokens, last, sentence);
  const kind =
    kinds.find((k) => k.first >= end && k.first <= end + 3) ??
    kinds.find((k) => k.last <= i && k.last >= i - 3 && joinable(tokens, k.last, i));
  const category = kind?.category ?? (FIGHTERS.has(tokens[end]?.lower ?? '') ? 'aircraft' : null);
  if (!category) return null;
  const system = dropPlural(spanText(tokens, i, end), null);
  // A variant the catalogue lacks ("F-16D", "J-10CE") comes from the state of its base design ("F-16").
  const base = findWeapon(system.replace(/(\d)[A-Z]+$/, '$1'));
  return mention(system, category, base?.category === category ? base.origin : null, i, end);
}

/** "Hangor-class submarines", "Type 054A class frigates": a class name before a kind word. */
function classAt(
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  kinds: WeaponMention[],
): WeaponMention | null {
  const name = tokens[i]!;
  if (!/^[A-Z][a-z]+$/.test(name.text) || i + 2 >= sentence.last) return null;
  const dashed = tokens[i + 1]!.text === '-' && tokens[i + 2]!.lower === 'class';
  if (!dashed && tokens[i + 1]!.lower !== 'class') return null;
  const end = dashed ? i + 3 : i + 2;
  const kind = kinds.find((k) => k.first === end);
  return kind ? mention(name.text, kind.category, null, i, end) : null;
}

/** "F-16V Block 70", "F-16C Block 70/72": the block number belongs to the designation. */
function extendBlock(tokens: readonly Token[], last: number, sentence: Sentence): number {
  if (tokens[last]?.lower !== 'block' || last + 1 >= sentence.last) return last;
  let end = last + 1;
  while (end < sentence.last && /^(?:\d+|[IVX]+|\/)$/.test(tokens[end]!.text)) end++;
  return end > last + 1 ? end : last;
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

export function joinable(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if ((t.type === 'punctuation' && t.text !== '-' && t.text !== '/') || t.pos === 'CCONJ') return false;
  }
  return true;
}

function spanText(tokens: readonly Token[], first: number, last: number): string {
  let text = tokens[first]!.text;
  for (let i = first + 1; i < last; i++) text += (tokens[i]!.spaced ? ' ' : '') + tokens[i]!.text;
  return text.replace(/[™®]/g, '');
}

/** "TB2s" -> "TB2", "Rafales" -> "Rafale"; a catalogue designation ending in 's' keeps it. */
function dropPlural(written: string, designation: string | null): string {
  if (!written.endsWith('s') || written.length < 3) return written;
  if (designation && designationKey(designation) === designationKey(written)) return written;
  return /[0-9A-Z]s$|[a-z]{3}s$/.test(written) ? written.slice(0, -1) : written;
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
