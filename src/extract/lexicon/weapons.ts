import { CATEGORIES, type Category } from '../../model/index.ts';
import { designationKey } from './keys.ts';
import { once, readLexiconFile } from './load.ts';

/** One weapon of the catalogue (data/weapons.tsv, built by scripts/build-catalogue.ts). */
export interface WeaponEntry {
  /** The designation as SIPRI (or the supplement) writes it: 'Su-30SM', 'Bayraktar TB2'. */
  designation: string;
  /** Other spellings and names: 'Su-30 MKI', 'TB2'. */
  aliases: string[];
  category: Category;
  /** ISO3 of the country of origin: the most frequent supplier of new units; null where unknown. */
  origin: string | null;
  /** What it is, in SIPRI's words where SIPRI has it: 'FGA aircraft', 'assault rifle'. */
  description: string;
}

/** The columns of data/weapons.tsv, in order. */
export const WEAPON_COLUMNS = ['designation', 'category', 'origin', 'description', 'aliases'] as const;

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES);

/**
 * Parses one line of data/weapons.tsv; throws on a malformed line so that a bad regeneration fails
 * loudly.
 */
export function parseWeaponLine(line: string, lineNumber: number): WeaponEntry {
  const [designation, category, origin, description, aliases] = line.split('\t');
  if (!designation || !category || !KNOWN_CATEGORIES.has(category) || description === undefined) {
    throw new Error(
      `weapons.tsv: line ${lineNumber}: expected ${WEAPON_COLUMNS.join(', ')} separated by tabs`,
    );
  }
  return {
    designation,
    aliases: aliases ? aliases.split(';') : [],
    category: category as Category,
    origin: origin || null,
    description,
  };
}

const catalogue = once(() => {
  const byKey = new Map<string, WeaponEntry>();
  const lines = readLexiconFile('weapons.tsv').split('\n');
  lines.forEach((line, index) => {
    if (index === 0 || line === '') return;
    const entry = parseWeaponLine(line, index + 1);
    for (const name of [entry.designation, ...entry.aliases]) {
      const key = designationKey(name);
      if (key !== '' && !byKey.has(key)) byKey.set(key, entry);
    }
  });
  return byKey;
});

/** Looks a designation up by designationKey of the text (also aliases); undefined when unknown. */
export function findWeapon(text: string): WeaponEntry | undefined {
  return catalogue().get(designationKey(text));
}

/** A lettered variant of a numbered design: 'F-16D' -> 'F-16', 'Su-30MKI' -> 'Su-30', 'Mi-17V-5' -> 'Mi-17'. */
const VARIANT = /^([A-Za-z]{1,4}-?\d+)-?[A-Za-z]{1,4}(?:-?\d{1,2})?$/;

/**
 * The spellings to try for a longer or variant name: every shorter run of its words, longest first and, among
 * runs of one length, those with a digit first ('Kalashnikov AK-12' -> 'AK-12' before 'Kalashnikov'); then
 * the family of a lettered variant.
 */
function familyCandidates(text: string): string[] {
  const words = text.trim().split(/\s+/);
  const runs: { text: string; length: number; digit: boolean; start: number }[] = [];
  for (let length = words.length - 1; length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length).join(' ');
      runs.push({ text: run, length, digit: /\d/.test(run), start });
    }
  }
  runs.sort((a, b) => b.length - a.length || Number(b.digit) - Number(a.digit) || a.start - b.start);
  const families = words.flatMap((word) => VARIANT.exec(word)?.[1] ?? []);
  return [...runs.map((run) => run.text), ...families];
}

/** The longest variant suffix after a model number that a lookup drops: 'A1EP' of 'K9A1EP'. */
const MAX_VARIANT_SUFFIX = 5;

/** A trailing block number, which names a batch of a design: 'Block III', 'Block 70/72'. */
const BLOCK_SUFFIX = /\s+Block[\s-]+[\dIVX/]+$/i;

/**
 * The longest known design that a written designation extends with a variant suffix the catalogue lacks:
 * the key is cut inside its last word, where a model number meets letters ('Leopard 2A7HU' -> Leopard 2A7,
 * 'Leopard 2PL' -> Leopard 2, 'Tor-M2K' -> Tor-M2, 'K9A1EP' -> K9 by its alias K9A1). A trailing block
 * number is left out first. Undefined when no such cut is a catalogue key.
 */
export function findWeaponVariant(text: string): WeaponEntry | undefined {
  const written = text.trim().replace(BLOCK_SUFFIX, '');
  const key = designationKey(written);
  const lastWordStart = key.length - designationKey(written.split(/\s+/).at(-1) ?? '').length;
  const shortest = Math.max(lastWordStart + 1, key.length - MAX_VARIANT_SUFFIX);
  for (let cut = key.length - 1; cut >= shortest; cut--) {
    if (!/\d/.test(key[cut - 1]!) || !/[a-z]/.test(key[cut]!)) continue;
    const entry = catalogue().get(key.slice(0, cut));
    if (entry) return entry;
  }
  return written === text.trim() ? undefined : findWeapon(written);
}

/**
 * Finds the entry that a longer or variant spelling belongs to, when `findWeapon` knows the text itself not:
 * 'Sukhoi Su-35' -> Su-35, 'Leopard 2A7HU' -> Leopard 2A7, 'F-16D Block 70/72' -> F-16, 'AK-103 Kalashnikov'
 * -> AK-103, 'Harpoon Block II' -> Harpoon. Tries the text, its longest known design before a variant suffix
 * (`findWeaponVariant`), then shorter runs of its words, each also with a variant suffix, then the family of
 * a variant.
 */
export function findWeaponFamily(text: string): WeaponEntry | undefined {
  const exact = findWeapon(text) ?? findWeaponVariant(text);
  if (exact) return exact;
  for (const candidate of familyCandidates(text)) {
    if (designationKey(candidate).length < 2) continue;
    const entry = findWeapon(candidate) ?? findWeaponVariant(candidate);
    if (entry) return entry;
  }
  return undefined;
}

/** Entries by the key of every word of their designation and aliases: 'lynx' -> Lynx, Lynx KF41, AML-90 Lynx. */
const byWord = once(() => {
  const index = new Map<string, Set<WeaponEntry>>();
  for (const entry of new Set(catalogue().values())) {
    for (const name of [entry.designation, ...entry.aliases]) {
      for (const word of name.split(/[\s/]+/)) {
        const key = designationKey(word);
        if (key === '') continue;
        const entries = index.get(key) ?? new Set();
        entries.add(entry);
        index.set(key, entries);
      }
    }
  }
  return index;
});

/**
 * The entry of a name in a given category, for a name a kind word beside it places in another category than
 * the catalogue's entry: 'Lynx' before 'vehicles' is no helicopter. The name itself when it has that category;
 * else the one entry of that category whose designation or alias holds the name as a word ('Boxer' ->
 * 'Boxer'; 'Lynx' among armoured vehicles is both 'Lynx KF41' and 'AML-90 Lynx', so undefined).
 */
export function findWeaponInCategory(name: string, category: Category): WeaponEntry | undefined {
  const own = findWeapon(name);
  if (own?.category === category) return own;
  const named = byWord().get(designationKey(name)) ?? new Set();
  const matching = [...named].filter((entry) => entry.category === category);
  return matching.length === 1 ? matching[0] : undefined;
}

/** Every designation key the catalogue knows, for scanners that test many candidates. */
export function weaponKeys(): ReadonlyMap<string, WeaponEntry> {
  return catalogue();
}

const ambiguous = once(
  (): ReadonlySet<string> => new Set(readLexiconFile('weapon-ambiguous.txt').split('\n').filter(Boolean)),
);

/**
 * Designation keys that are also ordinary words or places ('patriot', 'hawk', 'milan', 'bradley'): accept
 * such a name only when context supports it (a capital letter, a kind word, a number or a party beside it).
 */
export function ambiguousWeaponKeys(): ReadonlySet<string> {
  return ambiguous();
}
