/**
 * Designations: catalogue names found by their keys run together over the tokens ("Su-30SM", "S-400s",
 * "Osa-AK"), unseen ones by their shape beside a kind word ("TOR-M2KM", "J-10CE", "F-16V Block 70"), and
 * class names ("Hangor-class submarines"); a one-word name must stand alone as a proper noun.
 */
import type { Category } from '../model/index.ts';
import {
  categoryPhrases,
  designationKey,
  findWeapon,
  findWeaponInCategory,
  findWeaponVariant,
  type WeaponEntry,
  weaponKeys,
} from './lexicon/index.ts';
import type { Sentence, Token } from './tokens.ts';
import { mention, type WeaponMention } from './weapons.ts';

/** Letters and digits in the shape of a designation: TB2, J-10CE, TOR-M2KM, M903, F-39E, AK-103s. */
const SHAPE = /^[A-Z][A-Za-z]{0,5}(?:-[A-Za-z]{1,3})?-?\d{1,4}[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*$/;

/** Shapes that are no weapon: calibres, sizes, viruses, summits, flights. */
const NOT_A_DESIGNATION = /^(?:COVID|G\d|MH\d|Covid|FY\d|Q[1-4]$|H[12]$|P5|E3$|UN\d)/;

const MAX_DESIGNATION_TOKENS = 8;

/** "Su-57 fighters": bare "fighters" is no kind word (it names combatants too) but confirms a designation. */
const FIGHTERS = new Set(['fighter', 'fighters']);

/** Calibres ("7.62×39 mm", "155mm") are kinds of ammunition, not designations. */
const CALIBRE = /^\d+(?:[.,]\d+)?\s*(?:[x×]\s*\d+)?\s*(?:mm|cm|in|calibre|caliber)?$/i;

/** First words of kind phrases, which may follow a name in capitals ("Patriot Missile"). */
const KIND_HEADS = new Set([...categoryPhrases().keys()].map((key) => key.split(' ')[0]!));

export function catalogueAt(
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
    if (!prefixes.has(key) && !plural) {
      // "Leopard 2A7HU", "K9A1EP": a known design with a variant suffix the catalogue lacks.
      const variant = unitEnd(tokens, last, sentence)
        ? findWeaponVariant(spanText(tokens, i, last))
        : undefined;
      if (variant && joinable(tokens, i, last)) best = { last, entry: variant, exact: true };
      break;
    }
    if (tokens[last - 1]!.lower === "'s" || !unitEnd(tokens, last, sentence) || !joinable(tokens, i, last))
      continue;
    const exact = keys.get(key);
    const entry = exact ?? plural;
    if (entry) best = { last, entry, exact: exact !== undefined };
    if (!prefixes.has(key)) break;
  }
  best = variantOf(tokens, i, best, sentence) ?? best;
  if (!best) return null;
  const { last, entry, exact } = best;
  const whole = spanText(tokens, i, last);
  if (!/[A-Za-z]/.test(whole) || CALIBRE.test(whole) || !plausible(tokens, i, last, sentence, partyTokens))
    return null;
  // "Kalashnikov assault rifles", "M903 launchers": the system is the name before the lower-case words,
  // unless the kind word is part of a spelled-out name ("Naval Strike Missile") whose first part is no name.
  const inner = kinds.find((k) => k.first > i && k.first < last);
  const kind = inner && findWeapon(spanText(tokens, i, inner.first)) ? inner : undefined;
  const end = kind ? kind.first : extendBlock(tokens, trimLowerCase(tokens, i, last), sentence);
  // "Abrams" is a name that ends in s; "Rafales" is a plural the catalogue knew only without it.
  const written = spanText(tokens, i, end);
  const system = exact && end === last ? written : dropPlural(written, entry.designation);
  const platform = platformAfter(tokens, end, kinds);
  if (!platform || platform === entry.category) return mention(system, entry.category, entry.origin, i, end);
  // "Lynx vehicles": a platform kind word after the name decides between designs that share it.
  const named = findWeaponInCategory(system, platform);
  return mention(system, platform, named?.origin ?? null, i, end);
}

/** The platform a kind word right after a name names: "helicopters", "frigates"; bare "vehicles" are armoured. */
function platformAfter(tokens: readonly Token[], end: number, kinds: WeaponMention[]): Category | undefined {
  const kind = kinds.find((k) => k.first === end);
  if (!kind) return undefined;
  if (kind.category === 'other' && /^vehicles?$/.test(tokens[end]!.lower) && kind.last === end + 1)
    return 'armoured-vehicles';
  return PLATFORMS.has(kind.category) ? kind.category : undefined;
}

/** Kinds of platform that a name cannot be mistaken across: a helicopter is never a vehicle. */
const PLATFORMS: ReadonlySet<Category> = new Set<Category>(['aircraft', 'armoured-vehicles', 'ships']);

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

/**
 * "Leopard 2A7HU", "Leopard 2A8HU": a word with digits that runs on past a catalogue designation ("Leopard 2A7")
 * is an unseen variant of it, named as written; the loop above stopped at the last key the catalogue had.
 */
function variantOf(
  tokens: readonly Token[],
  first: number,
  best: { last: number; entry: WeaponEntry; exact: boolean } | null,
  sentence: Sentence,
): { last: number; entry: WeaponEntry; exact: boolean } | null {
  if (!best || best.last >= sentence.last || !tokens[best.last]!.spaced) return null;
  // wink splits "2A7HU" into "2" and "A7HU": the variant is the whole written word after the name.
  let last = best.last + 1;
  while (last < sentence.last && !unitEnd(tokens, last, sentence)) last++;
  const word = tokens.slice(best.last, last);
  if (!word.some((t) => /\d/.test(t.text)) || !joinable(tokens, best.last, last)) return null;
  let bestKey = '';
  for (let j = first; j < best.last; j++) bestKey += designationKeyOf(tokens[j]!);
  const wider = bestKey + word.map(designationKeyOf).join('');
  const { keys } = catalogue();
  for (let n = wider.length - 1; n > bestKey.length; n--) {
    const entry = keys.get(wider.slice(0, n));
    if (entry) return { last, entry, exact: true };
  }
  return null;
}

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

export function shapeAt(
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
export function classAt(
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

export function joinable(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if ((t.type === 'punctuation' && t.text !== '-' && t.text !== '/') || t.pos === 'CCONJ') return false;
  }
  return true;
}

export function spanText(tokens: readonly Token[], first: number, last: number): string {
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
