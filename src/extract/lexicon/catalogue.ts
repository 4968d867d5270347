/**
 * Builds the weapon catalogue (data/weapons.tsv) from SIPRI deals and the hand-written supplement.
 * Used by scripts/build-catalogue.ts; pure, so that a test can build a catalogue from a few deals.
 */
import { CATEGORIES, type Category } from '../../model/index.ts';
import { designationAliases } from './aliases.ts';
import { categoryPhrases } from './categories.ts';
import { caseSensitiveCompanyTokens, companyPhrases } from './companies.ts';
import { designationKey } from './keys.ts';
import { partyPhrases } from './parties.ts';
import { attestationOf, type NameTest, nameTest } from './plain-names.ts';
import { WEAPON_COLUMNS, type WeaponEntry } from './weapons.ts';

/** What the builder reads of a SIPRI deal (a subset of ReferenceDeal). */
export interface CatalogueDeal {
  designation: string;
  description: string;
  category: Category;
  supplier: string;
  /** 'New', 'Second hand', ... */
  status: string;
  localProduction: boolean | null;
  orderYear: number | null;
}

/** data/supplement.json. */
export interface Supplement {
  descriptionCategories: Record<string, Category>;
  /** More names for designations (SIPRI's or the supplement's): 'BGM-71 TOW' -> ['TOW'], 'NSM' -> ['Naval Strike Missile']. */
  extraAliases: Record<string, string[]>;
  drop: string[];
  ambiguous: string[];
  /**
   * The exporting state of designs built jointly or under licence, where SIPRI's most frequent supplier is
   * not the state a sale comes from today: 'JF-17' -> 'PAK', 'AW101' -> 'ITA'. Keyed by SIPRI's designation.
   */
  origins?: Record<string, string>;
  /** 'designation|category|origin|description|alias;alias'. */
  weapons: string[];
}

export interface BuiltCatalogue {
  entries: WeaponEntry[];
  /** Keys of designations and aliases that are also ordinary words ('patriot', 'hawk'), sorted. */
  ambiguousKeys: string[];
  dropped: { designation: string; reason: string }[];
}

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES);
const STATE_CODE = /^[A-Z]{3}$/;

/** Parses one supplement line; throws with the line's text when it is malformed. */
export function parseSupplementWeapon(line: string): WeaponEntry {
  const [designation, category, origin, description, aliases] = line.split('|');
  if (!designation || !category || !KNOWN_CATEGORIES.has(category) || aliases === undefined) {
    throw new Error(`supplement.json: "${line}": expected designation|category|origin|description|aliases`);
  }
  return {
    designation,
    aliases: aliases ? aliases.split(';') : [],
    category: category as Category,
    origin: origin || null,
    description: description ?? '',
  };
}

function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    // Ties go to the smaller value so that a rerun on the same data gives the same file.
    if (count > bestCount || (count === bestCount && String(value) < String(best))) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The country of origin: the most frequent supplier of new units not produced under licence; failing that,
 * of new units (a design only ever built under licence abroad), then of any units.
 */
function originOf(deals: readonly CatalogueDeal[]): string | null {
  const byState = deals.filter((deal) => STATE_CODE.test(deal.supplier));
  const isNew = (deal: CatalogueDeal) => deal.status === 'New';
  const tiers = [
    byState.filter((deal) => isNew(deal) && deal.localProduction !== true),
    byState.filter(isNew),
    byState,
  ];
  for (const tier of tiers) {
    const origin = mostFrequent(tier.map((deal) => deal.supplier));
    if (origin) return origin;
  }
  return null;
}

/** Tells ordinary English words ('hawk', 'standard') and stop words ('as', 'at') from names. */
export interface WordTest {
  ordinary(word: string): boolean;
  stop(word: string): boolean;
}

function sipriEntry(
  designation: string,
  deals: readonly CatalogueDeal[],
  supplement: Supplement,
  words: WordTest,
  names: NameTest,
): WeaponEntry {
  const description = mostFrequent(deals.map((deal) => deal.description)) ?? '';
  const category =
    supplement.descriptionCategories[description] ??
    mostFrequent(deals.map((deal) => deal.category)) ??
    'other';
  // A derived alias that is an ordinary word ('T-55 Modernized' -> 'Modernized') would name nothing in
  // particular; the supplement's extraAliases give back the ones news does use ('TOW', 'HARM'). A name the
  // supplement drops ('Sherman' of 'M-4 Sherman', a surname) is no derived alias either.
  const own = attestationOf(deals);
  const dropped = new Set(supplement.drop.map(designationKey));
  const derived = designationAliases(designation).filter(
    (alias) =>
      !isWord(alias, words.ordinary) &&
      !names.rareAlias(alias, own, category) &&
      !dropped.has(designationKey(alias)),
  );
  const aliases = [...derived, ...(supplement.extraAliases[designation] ?? [])];
  const origin = supplement.origins?.[designation] ?? originOf(deals);
  return { designation, aliases, category, origin, description };
}

function isWord(name: string, test: (word: string) => boolean): boolean {
  const key = designationKey(name);
  return key !== '' && !/\d/.test(key) && test(key);
}

/** SIPRI's per-delivery export ends some designations with ' -' ('Bushmaster -'). */
function cleanDesignation(designation: string): string {
  return designation.replace(/\s+-$/, '').trim();
}

/** Deals by designation key; each group is named by its most frequent spelling. */
function groupByDesignation(deals: readonly CatalogueDeal[]): Map<string, CatalogueDeal[]> {
  const byKey = new Map<string, CatalogueDeal[]>();
  for (const deal of deals) {
    const key = designationKey(deal.designation);
    if (key === '') continue;
    const group = byKey.get(key);
    if (group) group.push(deal);
    else byKey.set(key, [deal]);
  }
  const groups = new Map<string, CatalogueDeal[]>();
  for (const group of byKey.values()) {
    groups.set(mostFrequent(group.map((deal) => cleanDesignation(deal.designation)))!, group);
  }
  return groups;
}

/**
 * Keys no designation may take: kind words ('tank', 'apc'), party names ('jordan'), companies ('Boeing' of
 * 'Boeing-707', 'Damen'), SIPRI's descriptions ('aircraft engine'). A designation that is one of these would
 * match everywhere.
 */
function reservedKeys(deals: readonly CatalogueDeal[]): Set<string> {
  const reserved = new Set<string>();
  for (const phrase of categoryPhrases().keys()) reserved.add(designationKey(phrase));
  for (const phrase of partyPhrases().keys()) reserved.add(designationKey(phrase));
  for (const phrase of companyPhrases().keys()) reserved.add(designationKey(phrase));
  for (const token of caseSensitiveCompanyTokens().keys()) reserved.add(designationKey(token));
  for (const deal of deals) reserved.add(designationKey(deal.description));
  return reserved;
}

/** Why a designation cannot be a catalogue name, or null when it can. */
function unusable(name: string, reserved: ReadonlySet<string>, words: WordTest): string | null {
  const key = designationKey(name);
  if (key.length < 2) return 'too short';
  if (isWord(name, words.stop)) return 'a stop word';
  if (!/[A-Z0-9]/.test(name)) return 'a generic description, not a designation';
  if (reserved.has(key)) return 'a kind word, party name or description';
  return null;
}

/** Categories whose SIPRI class names ('River', 'Castle', 'Reporter') rarely name the weapon in news. */
const CLASS_NAME_CATEGORIES: ReadonlySet<Category> = new Set([
  'ships',
  'sensors',
  'engines',
  'naval-weapons',
  'other',
]);

/**
 * An ordinary English word as a SIPRI designation: short ones ('Ham', 'HOT') and ship, sensor and other class
 * names ('Bay', 'Reporter') are left out. Weapons that news names by such a word ('Tiger', 'Hawk', 'Warrior')
 * stay, listed in weapon-ambiguous.txt.
 */
function everydayWord(entry: WeaponEntry, words: WordTest): string | null {
  if (!isWord(entry.designation, words.ordinary)) return null;
  if (designationKey(entry.designation).length <= 3) return 'a short English word';
  return CLASS_NAME_CATEGORIES.has(entry.category)
    ? `an English word naming a class of ${entry.category}`
    : null;
}

/** Keys the supplement curates (its designations, aliases and ambiguous names): always kept. */
function curatedKeys(supplement: Supplement): Set<string> {
  const names = [
    ...supplement.ambiguous,
    ...supplement.weapons.flatMap((line) => {
      const entry = parseSupplementWeapon(line);
      return [entry.designation, ...entry.aliases];
    }),
    ...Object.values(supplement.extraAliases).flat(),
  ];
  return new Set(names.map(designationKey));
}

/** The supplement's entries, with their extra and derived aliases. */
function ownEntries(supplement: Supplement, words: WordTest): WeaponEntry[] {
  // A dropped name is no derived alias here either ('Kaman' of 'Kaman-22' names an American maker).
  const dropped = new Set(supplement.drop.map(designationKey));
  const derived = (designation: string) =>
    designationAliases(designation).filter(
      (alias) => !isWord(alias, words.ordinary) && !dropped.has(designationKey(alias)),
    );
  return supplement.weapons.map(parseSupplementWeapon).map((entry) => ({
    ...entry,
    aliases: [
      ...entry.aliases,
      ...(supplement.extraAliases[entry.designation] ?? []),
      ...derived(entry.designation),
    ],
  }));
}

/** SIPRI's designations by number of deals, each with the reason it is left out, or kept. */
function sipriEntries(
  deals: readonly CatalogueDeal[],
  supplement: Supplement,
  words: WordTest,
  reserved: ReadonlySet<string>,
): { kept: WeaponEntry[]; dropped: BuiltCatalogue['dropped'] } {
  const names = nameTest(deals, curatedKeys(supplement), words.ordinary);
  const dropList = new Set(supplement.drop.map(designationKey));
  const groups = [...groupByDesignation(deals)].sort(
    ([a, aDeals], [b, bDeals]) => bDeals.length - aDeals.length || (a < b ? -1 : 1),
  );
  const kept: WeaponEntry[] = [];
  const dropped: BuiltCatalogue['dropped'] = [];
  for (const [designation, group] of groups) {
    const entry = sipriEntry(designation, group, supplement, words, names);
    const reason = dropList.has(designationKey(designation))
      ? 'listed in supplement.drop'
      : (unusable(designation, reserved, words) ??
        everydayWord(entry, words) ??
        names.unlikely(entry, attestationOf(group)));
    if (reason) dropped.push({ designation, reason });
    else kept.push(entry);
  }
  return { kept, dropped };
}

/**
 * Merges SIPRI's designations with the supplement. Each lookup key goes to one entry: the supplement's
 * designations first, then SIPRI's by number of deals, then the aliases in the same order. An alias another
 * entry already holds is left out; a SIPRI designation the supplement holds gives way to the supplement's
 * entry, and one the supplement drops ('Typhoon', an APC) leaves the name to an alias (the Eurofighter).
 */
export function buildCatalogue(
  deals: readonly CatalogueDeal[],
  supplement: Supplement,
  words: WordTest,
): BuiltCatalogue {
  const reserved = reservedKeys(deals);
  const own = ownEntries(supplement, words);
  const { kept: sipri, dropped } = sipriEntries(deals, supplement, words, reserved);
  const owner = new Map<string, WeaponEntry>();
  const claim = (entry: WeaponEntry, name: string) => {
    const key = designationKey(name);
    if (owner.has(key) || unusable(name, reserved, words)) return false;
    owner.set(key, entry);
    return true;
  };
  for (const entry of own) claim(entry, entry.designation);
  const kept = sipri.filter((entry) => {
    if (claim(entry, entry.designation)) return true;
    dropped.push({ designation: entry.designation, reason: 'the supplement has this designation' });
    return false;
  });
  for (const entry of [...own, ...kept]) entry.aliases = entry.aliases.filter((alias) => claim(entry, alias));
  const entries = [...own, ...kept].sort(compareDesignations);
  return { entries, ambiguousKeys: ambiguousKeys(owner, supplement, words.ordinary), dropped };
}

function compareDesignations(a: WeaponEntry, b: WeaponEntry): number {
  const byLower = a.designation.toLowerCase().localeCompare(b.designation.toLowerCase(), 'en');
  return byLower !== 0 ? byLower : a.designation < b.designation ? -1 : 1;
}

/** Keys without a digit that are ordinary words, plus those the supplement lists. */
function ambiguousKeys(
  owner: ReadonlyMap<string, WeaponEntry>,
  supplement: Supplement,
  isOrdinaryWord: (word: string) => boolean,
): string[] {
  const listed = new Set(supplement.ambiguous.map(designationKey));
  const keys = [...owner.keys()].filter((key) => listed.has(key) || (!/\d/.test(key) && isOrdinaryWord(key)));
  return keys.sort();
}

function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/** The catalogue as data/weapons.tsv: a header line, then one weapon a line. */
export function formatWeaponsTsv(entries: readonly WeaponEntry[]): string {
  const lines = entries.map((entry) =>
    [entry.designation, entry.category, entry.origin ?? '', entry.description, entry.aliases.join(';')]
      .map(clean)
      .join('\t'),
  );
  return `${[WEAPON_COLUMNS.join('\t'), ...lines].join('\n')}\n`;
}
