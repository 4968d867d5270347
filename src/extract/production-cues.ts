/**
 * Words and shapes that production reading needs beyond the shared triggers: plain "make" verbs, plant and
 * line nouns, the set-up of a plant, output targets, calibres and kind abbreviations that are no designation,
 * and kind words that stand before a production noun ("small arms ammunition production").
 */
import { kindPhrases } from './kinds.ts';
import type { Sentence, Token } from './tokens.ts';
import { productionTrigger } from './triggers.ts';
import { mention, type WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

/** "makes the launcher", "will fill 5,000 rounds": verbs that report production where a weapon follows. */
const MAKE_VERBS = wordSet('make makes making fill fills filling localise localize localising localizing');

/** Nouns for a place of production: news of production where it opens, closes or is set up. */
const PLANT_NOUNS = wordSet('yard shipyard shipyards works');

/** "a production line", "an assembly line", "a shell line": a line is a plant after these or a kind word. */
const LINE_HEADS = wordSet('production assembly manufacturing filling new');

/** Words that may stand between a make verb and what it makes ("makes the new K2", "make 50 howitzers"). */
const MODIFIER_TAGS = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'PRON']);

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

/** Tags a capitalised word inside a sentence takes when it is a name the tagger does not know. */
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'ADJ']);

const CALIBRE = /^\d+(?:[.,]\d+)?\s*-?\s*mm$/i;

/** True where some token of the sentence may be a production word: the cheap test before any other rule. */
export function mayReportProduction(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let i = sentence.first; i < sentence.last; i++) {
    const token = tokens[i]!;
    const lower = token.lower;
    if (productionTrigger(token) || MAKE_VERBS.has(lower) || PLANT_NOUNS.has(lower)) return true;
    if (madeAtHomeAt(tokens, i)) return true;
    if (lower === 'line' || lower === 'lines') return true;
  }
  return false;
}

/** "licence-built", "locally made", "domestically produced": a weapon made at home, or under licence. */
const AT_HOME = /^(licen[cs]ed?|locally|domestically|indigenously)$/;
const MADE_FORMS = /^(built|made|produced|assembled|manufactured)$/;

/** A made-at-home adjective at token i ("licence-built", or "made" after "locally"). */
export function madeAtHomeAt(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i]!.lower;
  const dash = lower.indexOf('-');
  if (dash > 0) return AT_HOME.test(lower.slice(0, dash)) && MADE_FORMS.test(lower.slice(dash + 1));
  if (!MADE_FORMS.test(lower)) return false;
  const before = tokens[i - 1]?.lower === '-' ? tokens[i - 2] : tokens[i - 1];
  return AT_HOME.test(before?.lower ?? '');
}

/** "building up its army": a phrasal verb that builds no arms. */
export function buildsUp(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower.startsWith('buil') && tokens[i + 1]?.lower === 'up';
}

/** A plain make verb at token i, read as production only where a weapon follows within a few words. */
export function makeVerbAt(tokens: readonly Token[], i: number, weapons: readonly WeaponMention[]): boolean {
  if (!MAKE_VERBS.has(tokens[i]!.lower) || tokens[i]!.pos !== 'VERB') return false;
  const next = weapons.find((w) => w.first > i);
  if (!next || next.first > i + 4) return false;
  for (let j = i + 1; j < next.first; j++) if (!MODIFIER_TAGS.has(tokens[j]!.pos)) return false;
  return true;
}

/** A plant noun at token i ("the yard", "a shell line", "a new production line"). */
export function plantNounAt(tokens: readonly Token[], i: number, kindEnds: ReadonlySet<number>): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'NOUN') return false;
  if (PLANT_NOUNS.has(token.lower)) return true;
  if (token.lower !== 'line' && token.lower !== 'lines') return false;
  return LINE_HEADS.has(tokens[i - 1]?.lower ?? '') || kindEnds.has(i);
}

/** True where the sentence sets an output target and names no plant, line or maker. */
export function bareTarget(tokens: readonly Token[], sentence: Sentence, hasMaker: boolean): boolean {
  if (hasMaker) return false;
  let target = false;
  for (let i = sentence.first; i < sentence.last; i++) {
    const lower = tokens[i]!.lower;
    if (PLANT_NOUNS.has(lower) || /^(plant|plants|factory|factories|facility|facilities|lines?)$/.test(lower))
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
  for (const match of kindPhrases(keys, sentence)) {
    if (!PRODUCTION_NOUNS.has(tokens[match.last]?.lower ?? '')) continue;
    if (known.some((w) => w.first < match.last && match.first < w.last)) continue;
    out.push(mention(null, match.value, null, match.first, match.last));
  }
  return out;
}

/**
 * "armoured vehicles Arlan", "the Korkut air defence system": in a production sentence, a capitalised name
 * the catalogue lacks, right beside a kind word, is that kind's designation.
 */
export function nameBesideKind(
  tokens: readonly Token[],
  sentence: Sentence,
  kind: WeaponMention,
  taken: ReadonlySet<number>,
): string | null {
  const candidates = [kind.last, kind.first - 1];
  for (const i of candidates) {
    const token = tokens[i];
    if (!token || i <= sentence.first || i >= sentence.last || taken.has(i)) continue;
    if (!NAME_TAGS.has(token.pos) || !/^\p{Lu}[\p{L}\d-]+$/u.test(token.text)) continue;
    const neighbour = i === kind.last ? tokens[i + 1] : tokens[i - 1];
    if (neighbour?.pos === 'PROPN') continue;
    return token.text;
  }
  return null;
}
