/**
 * Party mentions: states by name, short form, demonym or capital ("Armenia", "US", "Armenian", "Moscow"),
 * non-state groups, companies read as their home state ("Dassault" -> FRA), and the role that the words
 * around a mention give it ("from Russia", "to Turkey", "Russian-made", "Russia's").
 */
import {
  caseSensitiveCompanyTokens,
  caseSensitivePartyTokens,
  companyPhrases,
  MAX_COMPANY_WORDS,
  MAX_PARTY_WORDS,
  nonPartyPhrases,
  partyPhrases,
} from './lexicon/index.ts';
import { PhraseIndex } from './phrases.ts';
import type { Sentence, Token } from './tokens.ts';

/** What the words around a mention say about its part in a deal. */
export type PartyRole = 'from' | 'to' | 'in' | 'by' | 'with' | 'made' | 'possessive' | 'plain';

/** A state, group or company named in the text. */
export interface PartyMention {
  code: string;
  first: number;
  last: number;
  kind: 'name' | 'demonym' | 'capital' | 'group' | 'company';
  role: PartyRole;
  /** The company name as written, for companies. */
  company: string | null;
  /** Mentions of one list ("Qatar, India and Greece") share the index of the list's first mention. */
  list?: number;
}

const PARTIES = new PhraseIndex(partyPhrases(), MAX_PARTY_WORDS + 2, nonPartyPhrases());
const COMPANIES = new PhraseIndex(companyPhrases(), MAX_COMPANY_WORDS + 2);
const EXACT = caseSensitivePartyTokens();
const EXACT_COMPANIES = caseSensitiveCompanyTokens();
/** Heads whose state names the party: "to the Government of Norway", "transferred to the side of Mali". */
const GOVERNMENT = new Set([
  'government',
  'governments',
  'kingdom',
  'republic',
  'state',
  'people',
  'side',
  'army',
  'forces',
  'navy',
]);
const MADE = /^-?(made|built|manufactured|produced|designed|supplied|origin)$/;

/** Every party mention of one sentence from token `from` on, companies included, in text order. */
export function findParties(
  tokens: readonly Token[],
  keys: readonly string[],
  sentence: Sentence,
  from = sentence.first,
): PartyMention[] {
  const found: PartyMention[] = [];
  for (let i = from; i < sentence.last; i++) {
    const mention = partyAt(tokens, keys, i, sentence.last);
    if (mention) {
      const previous = found[found.length - 1];
      if (previous && homeNamed(tokens, previous, mention)) {
        i = mention.last - 1;
        continue;
      }
      if (previous && ownGroup(tokens, previous, mention)) {
        found[found.length - 1] = withRole(tokens, { ...mention, first: previous.first, role: 'plain' });
        i = mention.last - 1;
        continue;
      }
      // "to India and Greece", "for Afghanistan, Bahrain, Djibouti": a list shares its first item's role.
      if (
        previous &&
        listed(tokens, previous.last, mention.first) &&
        previous.kind !== 'company' &&
        mention.kind !== 'company'
      ) {
        if (mention.role === 'plain') mention.role = previous.role;
        previous.list ??= previous.first;
        mention.list = previous.list;
      }
      found.push(mention);
      i = mention.last - 1;
    }
  }
  return found;
}

const DATELINE_MARKS = new Set(['-', '--', ':']);
const DATELINE_WORDS =
  /^(,|\(|\)|\d{1,4}|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|\.)$/;
const MAX_DATELINE_TOKENS = 10;

/**
 * "BERLIN - ...", "MOSCOW, March 3 (Reuters) - ...", "Kyiv, 5 May — ...": the place a wire story was filed from
 * names no party, so the party search starts after it. A dateline is capitalised words, a date and an agency,
 * closed by a spaced dash or a colon within the first few tokens of a sentence.
 */
export function datelineEnd(tokens: readonly Token[], sentence: Sentence): number {
  const first = tokens[sentence.first];
  if (!first || !/^\p{Lu}/u.test(first.text)) return sentence.first;
  const limit = Math.min(sentence.last - 1, sentence.first + MAX_DATELINE_TOKENS);
  for (let i = sentence.first + 1; i < limit; i++) {
    const token = tokens[i]!;
    if (DATELINE_MARKS.has(token.lower)) {
      const next = tokens[i + 1]!;
      const spaced = token.lower === ':' ? next.spaced : token.spaced && next.spaced;
      return spaced && /^[\p{Lu}\d"“']/u.test(next.text) ? i + 1 : sentence.first;
    }
    if (!/^\p{Lu}/u.test(token.text) && !DATELINE_WORDS.test(token.lower)) return sentence.first;
  }
  return sentence.first;
}

/** "Airbus Defence and Space of Spain": the state the text gives for a company beats the company table. */
function homeNamed(tokens: readonly Token[], company: PartyMention, state: PartyMention): boolean {
  if (company.kind !== 'company' || state.kind !== 'name' || state.first !== company.last + 1) return false;
  if (tokens[company.last]!.lower !== 'of') return false;
  company.code = state.code;
  company.last = state.last;
  return true;
}

/** "Yemen's Houthi movement", "Lebanon's Hezbollah": the group is the party, its state only places it. */
function ownGroup(tokens: readonly Token[], state: PartyMention, group: PartyMention): boolean {
  return (
    state.role === 'possessive' &&
    state.kind !== 'company' &&
    group.kind === 'group' &&
    group.first === state.last + 1 &&
    tokens[state.last]!.lower.startsWith("'")
  );
}

function listed(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) if (!/^(,|and|or|the)$/.test(tokens[i]!.lower)) return false;
  return true;
}

function partyAt(
  tokens: readonly Token[],
  keys: readonly string[],
  i: number,
  end: number,
): PartyMention | null {
  const token = tokens[i]!;
  if (!/^[A-Z\p{Lu}]/u.test(token.text)) return madeCompound(tokens, i);
  const acronym = EXACT_COMPANIES.get(token.text);
  if (acronym) {
    return withRole(tokens, {
      code: acronym.country,
      first: i,
      last: i + 1,
      kind: 'company',
      role: 'plain',
      company: token.text,
    });
  }
  const company = COMPANIES.longestAt(keys, i, end);
  if (company && 'value' in company) {
    const name = tokens
      .slice(company.first, company.last)
      .map((t) => t.text)
      .join(' ');
    return withRole(tokens, {
      code: company.value.country,
      first: i,
      last: company.last,
      kind: 'company',
      role: 'plain',
      company: name,
    });
  }
  const exact = EXACT.get(token.text);
  if (exact)
    return withRole(tokens, {
      code: exact.code,
      first: i,
      last: i + 1,
      kind: exact.kind,
      role: 'plain',
      company: null,
    });
  const match = PARTIES.longestAt(keys, i, end);
  if (match && 'value' in match && !namesAnInstitution(tokens, match.value.kind, match.last, end)) {
    return withRole(tokens, {
      code: match.value.code,
      first: i,
      last: match.last,
      kind: match.value.kind,
      role: 'plain',
      company: null,
    });
  }
  return madeCompound(tokens, i);
}

/** "Stockholm International Peace Research Institute", "Moscow Times": a capital that starts a proper name. */
function namesAnInstitution(tokens: readonly Token[], kind: string, next: number, end: number): boolean {
  if (kind !== 'capital' || next >= end) return false;
  const token = tokens[next]!;
  return /^[A-Z]/.test(token.text) && token.pos === 'PROPN' && !partyPhrases().has(token.lower);
}

/** "Turkish-made", "China-made", "Russian-built": one token whose head names the maker's state. */
function madeCompound(tokens: readonly Token[], i: number): PartyMention | null {
  const token = tokens[i]!;
  const dash = token.text.lastIndexOf('-');
  if (dash <= 0 || !MADE.test(token.lower.slice(dash))) return null;
  const head = token.text.slice(0, dash);
  const party = EXACT.get(head) ?? partyPhrases().get(head.toLowerCase().replace(/-/g, ' '));
  if (!party) return null;
  return {
    code: party.code,
    first: i,
    last: i + 1,
    kind: party.kind === 'group' ? 'group' : 'demonym',
    role: 'made',
    company: null,
  };
}

function withRole(tokens: readonly Token[], mention: PartyMention): PartyMention {
  const previous = tokens[mention.first - 1]?.lower;
  // "to the Government of Norway": the role of the phrase that the state's name ends.
  const state =
    previous === 'of' && GOVERNMENT.has(tokens[mention.first - 2]?.lower ?? '') ? mention.first - 2 : null;
  const head = state === null ? previous : tokens[state - 1]?.lower;
  const before = head === 'the' ? tokens[(state ?? mention.first) - 2]?.lower : head;
  const after = tokens[mention.last]?.lower;
  // "Russian made", but "Iran supplied the Houthis with ...": after a state's name the word is its verb.
  if (after && MADE.test(after) && !(mention.kind !== 'demonym' && tokens[mention.last]!.pos === 'VERB'))
    return { ...mention, last: mention.last + 1, role: 'made' };
  if (after === '-' && MADE.test(tokens[mention.last + 1]?.lower ?? ''))
    return { ...mention, last: mention.last + 2, role: 'made' };
  if (after === "'s" || after === "'") return { ...mention, role: 'possessive' };
  if (before === 'from') return { ...mention, role: 'from' };
  if (before === 'to' || before === 'for') return { ...mention, role: 'to' };
  // "Made in Armenia": the maker's state, like "Armenian-made".
  if (before === 'in' && MADE.test(tokens[mention.first - 2]?.lower ?? ''))
    return { ...mention, role: 'made' };
  if (before === 'in' || before === 'within') return { ...mention, role: 'in' };
  if (before === 'by') return { ...mention, role: 'by' };
  if (before === 'with') return { ...mention, role: 'with' };
  return mention;
}
