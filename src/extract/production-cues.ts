/**
 * Words and shapes that production reading needs beyond the shared triggers: plain "make" verbs, plant and
 * line nouns, the set-up of a plant, output targets, calibres and kind abbreviations that are no designation,
 * and kind words that stand before a production noun ("small arms ammunition production").
 */
import type { Category } from '../model/index.ts';
import { categoryPhrases, MAX_CATEGORY_WORDS, nonCategoryPhrases } from './lexicon/index.ts';
import { PhraseIndex } from './phrases.ts';
import type { Sentence, Token } from './tokens.ts';
import { mention, type WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

/** "makes the launcher", "will fill 5,000 rounds": verbs that report production where a weapon follows. */
const MAKE_VERBS = wordSet('make makes making fill fills filling localise localize localising localizing');

/** Nouns for a place of production: news of production where it opens, closes or is set up. */
const PLANT_NOUNS = wordSet('line lines yard shipyard works arsenal');

/** Setting a plant up: "will open a line", "broke ground on a plant", "is expanding its site". */
export const SETTING_UP = wordSet(
  'establishing establish established constructing construction building build built set setting open opening ground expand expanding expansion',
);

/** An output target ("aims to produce a million drones") is no production unless a plant or maker is named. */
const TARGETS = wordSet('aim aims aiming target targets goal goals ambition hopes hope wants seeks');

/** Nouns that a kind word before them makes into production of that kind ("ammunition production"). */
const PRODUCTION_NOUNS = wordSet(
  'production producer manufacturing manufacture assembly line lines output capacity plant plants factory factories facility',
);

/** Abbreviations of kinds that the designation shapes take for names ("ARV vehicles", "an IFV"). */
const KIND_ABBREVIATIONS = wordSet(
  'arv arvs apc apcs ifv ifvs mbt mbts sph sphs spg spgs uav uavs uas ucav ucavs mlrs mrap mraps afv afvs atgm atgms sam sams manpads shorad vshorad usv usvs ugv ugvs',
);

const CALIBRE = /^\d+(?:[.,]\d+)?\s*-?\s*mm$/i;

/** A plain make verb at token i, read as production only where a weapon follows within a few words. */
export function makeVerbAt(tokens: readonly Token[], i: number, weapons: readonly WeaponMention[]): boolean {
  if (!MAKE_VERBS.has(tokens[i]!.lower)) return false;
  return weapons.some((w) => w.first > i && w.first <= i + 5);
}

/** A plant or line noun at token i ("a shell line", "the Tarsus arsenal"). */
export function plantNounAt(tokens: readonly Token[], i: number): boolean {
  return PLANT_NOUNS.has(tokens[i]!.lower);
}

/** True where the sentence sets an output target and names no plant, line or maker. */
export function bareTarget(tokens: readonly Token[], sentence: Sentence, hasMaker: boolean): boolean {
  if (hasMaker) return false;
  let target = false;
  for (let i = sentence.first; i < sentence.last; i++) {
    const lower = tokens[i]!.lower;
    if (PLANT_NOUNS.has(lower) || /^(plant|plants|factory|factories|facility|facilities)$/.test(lower))
      return false;
    target ||= TARGETS.has(lower);
  }
  return target;
}

/** "155 mm", "ARV": a calibre or kind abbreviation names a kind, not a designation. */
export function kindOnly(system: string | null): boolean {
  if (system === null) return false;
  return CALIBRE.test(system) || KIND_ABBREVIATIONS.has(system.toLowerCase());
}

/** "which makes the Rafale": a relative clause that names a maker, not a report of production. */
export function describesMaker(tokens: readonly Token[], first: number, trigger: number): boolean {
  const before = tokens[trigger - 1]?.lower;
  return trigger > first && (before === 'which' || before === 'that' || before === 'who');
}

const KINDS = new PhraseIndex<Category>(categoryPhrases(), MAX_CATEGORY_WORDS + 2, nonCategoryPhrases());

/**
 * "small arms ammunition production", "a shell line": kind words before a production noun, which the kind
 * reader leaves out as modifiers. Only the kind next to the noun counts: "small arms ammunition" is ammunition.
 */
export function kindsBeforeProductionNouns(
  tokens: readonly Token[],
  keys: readonly string[],
  sentence: Sentence,
  known: readonly WeaponMention[],
): WeaponMention[] {
  const out: WeaponMention[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const match = KINDS.longestAt(keys, i, sentence.last);
    if (!match) continue;
    if ('skip' in match) {
      i = match.skip - 1;
      continue;
    }
    i = match.last - 1;
    if (!PRODUCTION_NOUNS.has(tokens[match.last]?.lower ?? '')) continue;
    if (known.some((w) => w.first < match.last && match.first < w.last)) continue;
    out.push(mention(null, match.value, null, match.first, match.last));
  }
  return out;
}
