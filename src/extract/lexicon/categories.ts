import { CATEGORIES, type Category } from '../../model/index.ts';
import { phraseKey } from './keys.ts';
import { maxWords, readLexiconJson } from './load.ts';

interface CategoriesFile {
  phrases: Record<Category, string[]>;
  uncountable: string[];
  excluded: string[];
}

const AMERICAN_SPELLINGS: [RegExp, string][] = [
  [/armour/g, 'armor'],
  [/defence/g, 'defense'],
  [/refuelling/g, 'refueling'],
  [/licence/g, 'license'],
  [/calibre/g, 'caliber'],
];

/** The plural of a phrase: its last word takes the English plural ending. */
export function pluralPhrase(phrase: string): string {
  if (/(s|craft)$/.test(phrase)) return phrase;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  if (/([^aeiou]o|ch|sh|x)$/.test(phrase)) return `${phrase}es`;
  return `${phrase}s`;
}

function americanSpelling(phrase: string): string {
  return AMERICAN_SPELLINGS.reduce((text, [british, american]) => text.replace(british, american), phrase);
}

function isUncountable(phrase: string, uncountable: ReadonlySet<string>): boolean {
  return uncountable.has(phrase) || uncountable.has(phrase.slice(phrase.lastIndexOf(' ') + 1));
}

function buildCategoryMap(file: CategoriesFile): Map<string, Category> {
  const map = new Map<string, Category>();
  const uncountable = new Set(file.uncountable.map(phraseKey));
  for (const category of CATEGORIES) {
    for (const phrase of (file.phrases[category] ?? []).map(phraseKey)) {
      const forms = isUncountable(phrase, uncountable) ? [phrase] : [phrase, pluralPhrase(phrase)];
      for (const form of forms) {
        // A phrase listed under two categories keeps the first: the file's order decides.
        if (!map.has(form)) map.set(form, category);
        if (!map.has(americanSpelling(form))) map.set(americanSpelling(form), category);
      }
    }
  }
  return map;
}

const FILE = readLexiconJson<CategoriesFile>('categories.json');
const CATEGORY_MAP: ReadonlyMap<string, Category> = buildCategoryMap(FILE);
const NON_CATEGORY: ReadonlySet<string> = new Set(FILE.excluded.map(phraseKey).map(americanSpelling));

/**
 * Kind words (a `phraseKey`) -> category: 'fighter jets' -> aircraft, 'howitzers' -> artillery,
 * 'rifles' -> small-arms, 'shells' -> ammunition, 'armored vehicles' -> armoured-vehicles,
 * 'anti-aircraft' -> air-defence, 'night-vision' -> sensors, 'trucks' -> other. Singular and plural,
 * British and American spellings. Bare 'fighter(s)' is left out: it names combatants as often as aircraft.
 */
export function categoryPhrases(): ReadonlyMap<string, Category> {
  return CATEGORY_MAP;
}

/**
 * Phrases that contain a kind word but name no weapon ('think tank', 'search engine', 'rounds of talks',
 * 'by ship', 'passenger jet'): a longest-match scan that meets one should skip it. Keys as in
 * `categoryPhrases`.
 */
export function nonCategoryPhrases(): ReadonlySet<string> {
  return NON_CATEGORY;
}

/** The most words in a key of `categoryPhrases` or `nonCategoryPhrases`. */
export const MAX_CATEGORY_WORDS: number = maxWords([...CATEGORY_MAP.keys(), ...NON_CATEGORY]);
