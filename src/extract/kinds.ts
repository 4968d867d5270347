/**
 * Kind words: "artillery", "fighter jets", "hundreds of vehicles" name a category of weapon without a
 * designation. A kind word before another noun ("missile packages", "drone maker") names none, except what a
 * plant makes ("a munitions factory"); the kinds of one list know the list.
 */
import type { Category } from '../model/index.ts';
import { categoryPhrases, MAX_CATEGORY_WORDS, nonCategoryPhrases } from './lexicon/index.ts';
import { VAGUE_AMOUNTS } from './numbers.ts';
import { PhraseIndex, type PhraseMatch } from './phrases.ts';
import type { Sentence, Token } from './tokens.ts';
import { mention, type WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

const KINDS = new PhraseIndex(categoryPhrases(), MAX_CATEGORY_WORDS + 2, nonCategoryPhrases());

/** Every kind phrase of a sentence, longest first at each place, skipping phrases that are no kind. */
export function* kindPhrases(keys: readonly string[], sentence: Sentence): Generator<PhraseMatch<Category>> {
  for (let i = sentence.first; i < sentence.last; i++) {
    const match = KINDS.longestAt(keys, i, sentence.last);
    if (!match) continue;
    if ('skip' in match) {
      i = match.skip - 1;
      continue;
    }
    i = match.last - 1;
    yield match;
  }
}

/** "a munitions factory", "a drone plant": the kind is what the plant makes. */
const PLANT_WORDS = new Set(['factory', 'factories', 'plant', 'plants', 'facility', 'facilities', 'works']);

const GENERIC_KINDS = wordSet('vehicle vehicles system systems component components parts elements');

export function findKinds(
  tokens: readonly Token[],
  keys: readonly string[],
  sentence: Sentence,
): WeaponMention[] {
  const found: WeaponMention[] = [];
  for (const match of kindPhrases(keys, sentence)) {
    if (modifiesNoun(tokens, match.last, sentence)) continue;
    // "to ship the parts", "will tank": a kind word used as a verb.
    if (match.last - match.first === 1 && tokens[match.first]!.pos === 'VERB') continue;
    const kind = mention(null, match.value, null, match.first, match.last);
    kind.generic = GENERIC_KINDS.has(keys[match.last - 1]!);
    found.push(kind);
  }
  return found;
}

/** "missile packages", "drone maker", "tank crews": a kind word before another noun names no weapon. */
function modifiesNoun(tokens: readonly Token[], next: number, sentence: Sentence): boolean {
  if (next >= sentence.last) return false;
  const token = tokens[next]!;
  if (PLANT_WORDS.has(token.lower)) return false;
  return token.pos === 'NOUN' && /^[a-z]/.test(token.text) && !token.lower.endsWith('-made');
}

/** "artillery, hand weapons, ammunition and vehicles": every kind word of one list knows the list's size. */
export function markLists(tokens: readonly Token[], kinds: WeaponMention[]): void {
  let start = 0;
  for (let k = 1; k <= kinds.length; k++) {
    const previous = kinds[k - 1]!;
    const current = kinds[k];
    const joined =
      current && current.first - previous.last <= 3 && listGap(tokens, previous.last, current.first);
    if (joined) continue;
    for (let j = start; j < k; j++) {
      kinds[j]!.listSize = k - start;
      kinds[j]!.list = kinds[start]!.first;
    }
    start = k;
  }
}

function listGap(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const lower = tokens[i]!.lower;
    if (lower !== ',' && lower !== 'and' && lower !== 'or' && lower !== 'of' && !VAGUE_AMOUNTS.has(lower))
      return false;
  }
  return true;
}
