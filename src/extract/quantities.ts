/**
 * The quantity written before a weapon mention: "30 Rafale jets", "40 new F-16", "a dozen F-16", "the first
 * Rafale was delivered" (one), "the first five of the 36 Rafales" (five of an order of 36). Money, years,
 * vague amounts and sizes of batches are no quantity.
 */
import { readNumber, VAGUE_AMOUNTS } from './numbers.ts';
import type { Sentence, Token } from './tokens.ts';
import type { WeaponMention } from './weapons.ts';

/** The number written before a mention, over at most four modifiers ("40 new F-16", "11 Israeli RAM vehicles"). */
export function readQuantity(tokens: readonly Token[], m: WeaponMention, sentence: Sentence): void {
  for (let i = m.first - 1; i >= Math.max(sentence.first, m.first - 8); i--) {
    const token = tokens[i]!;
    // "forty-eight (48) missiles": the figure in brackets repeats the number in words.
    if (token.text === ')' && tokens[i - 2]?.text === '(' && readNumber(tokens, i - 1)) {
      m.quantity = readNumber(tokens, i - 1)!.value;
      return;
    }
    // "155mm shells", "9 mm ammunition": a calibre, not a count; a count may stand before it.
    if (CALIBRES.has(tokens[i + 1]?.lower ?? '') && readNumber(tokens, i)) continue;
    // "15 million rounds": the count ends in its multiplier.
    const reading = readNumber(tokens, i) ?? multiplied(tokens, i);
    if (reading && reading.last === i + 1 && !reading.money && !/^(19|20)\d\d$/.test(token.text)) {
      // "in batches of five vehicles": a size per batch, not a count.
      if (
        tokens[i - 1]?.lower === 'of' &&
        /^(batches|lots|groups|tranches)$/.test(tokens[i - 2]?.lower ?? '')
      )
        return;
      m.quantity = reading.value;
      readFirstOf(tokens, m, i - 1);
      return;
    }
    if (token.lower === 'dozen' && tokens[i - 1]?.lower === 'a') {
      m.quantity = 12;
      return;
    }
    if (
      token.lower === 'first' &&
      FIRST_DETERMINERS.has(tokens[i - 1]?.lower ?? '') &&
      singular(tokens, m.last)
    ) {
      m.quantity = 1;
      return;
    }
    // "a second IRIS-T system": one more unit.
    if (ORDINALS.has(token.lower) && tokens[i - 1]?.lower === 'a') {
      m.quantity = 1;
      return;
    }
    // "four of the FREMM frigates", "six of its F-16s": a part named by its count.
    if (PART_DETERMINERS.has(token.lower) && tokens[i - 1]?.lower === 'of' && countOf(tokens, m, i - 1))
      return;
    // "ten batteries of the Cheongung-II", "two batteries of Tor-M2K": the count of the weapon's units.
    const of = token.lower === 'of' ? i : token.lower === 'the' && tokens[i - 1]?.lower === 'of' ? i - 1 : -1;
    if (of > 0 && UNITS.has(tokens[of - 1]?.lower ?? '') && countOf(tokens, m, of - 1)) return;
    if (!isModifier(token)) return;
  }
}

const CALIBRES = new Set(['mm', '-mm', 'cm', 'calibre', 'caliber', 'inch', '-inch']);

function multiplied(tokens: readonly Token[], i: number) {
  const reading = i > 0 ? readNumber(tokens, i - 1) : null;
  return reading && reading.last === i + 1 ? reading : null;
}

const FIRST_DETERMINERS = new Set(['the', 'its', 'their', 'her', 'his']);
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth']);
const UNITS = new Set(['batteries', 'battery', 'systems', 'units']);
const PART_DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those']);

function countOf(tokens: readonly Token[], m: WeaponMention, of: number): boolean {
  const reading = readNumber(tokens, of - 1);
  if (!reading || reading.last !== of || reading.money || /^(19|20)\d\d$/.test(tokens[of - 1]!.text))
    return false;
  m.quantity = reading.value;
  return true;
}

/** "the first of 36", "the first five of the 36": the part that arrived first of a whole order. */
function readFirstOf(tokens: readonly Token[], m: WeaponMention, before: number): void {
  let j = tokens[before]?.lower === 'the' ? before - 1 : before;
  if (tokens[j]?.lower !== 'of') return;
  j--;
  const part = readNumber(tokens, j);
  if (part && tokens[j - 1]?.lower === 'first') {
    m.firstOf = true;
    m.partQuantity = part.value;
  } else if (tokens[j]?.lower === 'first') {
    m.firstOf = true;
    m.partQuantity = 1;
  }
}

/** "The first Rafale fighter jet was delivered": a singular verb after the mention. */
function singular(tokens: readonly Token[], last: number): boolean {
  for (let i = last; i < Math.min(tokens.length, last + 12); i++) {
    const lower = tokens[i]!.lower;
    if (tokens[i]!.sentence !== tokens[last - 1]!.sentence) return false;
    if (lower === 'was' || lower === 'is' || lower === 'has') return true;
    if (lower === 'were' || lower === 'are' || lower === 'have') return false;
  }
  // "received the first C-390": no verb after it, so the noun's own number says.
  const noun = tokens[last]?.pos === 'NOUN' ? tokens[last]! : tokens[last - 1]!;
  return !/s$/.test(noun.text);
}

function isModifier(token: Token): boolean {
  if (token.type === 'punctuation' && token.text !== '-') return false;
  if (token.type === 'number' || VAGUE_AMOUNTS.has(token.lower)) return false;
  return (
    token.text === '-' ||
    token.pos === 'ADJ' ||
    token.pos === 'PROPN' ||
    token.pos === 'NOUN' ||
    token.pos === 'VERB' ||
    token.lower === "'s"
  );
}
