/**
 * Whose trade a share is of: the trade phrase after a figure or after "share" ("of India's arms imports",
 * "of Indian imports", "of global exports", "of the total", "of its arms", "imports to Armenia") gives the
 * role and the owner of the trade.
 */

import type { PartyMention } from './parties.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** The trade a figure is a share of. */
export interface TradePhrase {
  role: 'importer' | 'exporter' | null;
  /** The state whose trade it is, 'its' for a pronoun, 'global' for the world total, null where unsaid. */
  owner: PartyMention | 'its' | 'global' | null;
  /** The token after the phrase. */
  end: number;
}

const IMPORT_NOUNS = wordSet(
  'import imports importer importers recipient recipients buyer buyers purchases acquisitions procurement',
);
const EXPORT_NOUNS = wordSet(
  'export exports exporter exporters supplier suppliers seller sellers sales deliveries supplies transfers market',
);
const IMPORT_VERBS = wordSet(
  'received receiving receives imported importing bought buying sourced acquired purchased',
);
const FLOWS = wordSet('deliveries supplies sales transfers');
const GLOBAL = wordSet('global world worldwide international total');
const ARMS = wordSet('arms weapons weaponry equipment hardware');
const PHRASE_WORDS = wordSet(
  "the all major conventional military defence defense arms weapons weapon 's ' of its their total global world world's worldwide international overall",
);

/** Role of a trade word: "imports" importer, "exports" exporter. */
export function tradeRole(lower: string): 'importer' | 'exporter' | null {
  if (IMPORT_NOUNS.has(lower) || lower === 'imported') return 'importer';
  if (EXPORT_NOUNS.has(lower) || lower === 'exported') return 'exporter';
  return null;
}

/**
 * Reads "of [owner] [arms] imports [to Y]" starting at the token after a figure (or after "share"); null where
 * the figure is a share of something else ("of GDP", "of its budget").
 */
export function tradePhraseAt(
  tokens: readonly Token[],
  parties: readonly PartyMention[],
  at: number,
  end: number,
  clauseFirst: number,
): TradePhrase | null {
  let i = tokens[at]?.lower === 'of' ? at + 1 : at;
  let owner: TradePhrase['owner'] = null;
  let arms = false;
  for (; i < Math.min(end, at + 9); i++) {
    const lower = tokens[i]!.lower;
    const party = parties.find((p) => p.first === i && p.kind !== 'company');
    if (party) {
      owner = party;
      i = party.last - 1;
      continue;
    }
    const role = tradeRole(lower);
    if (role) return { ...flowOwner(tokens, parties, i, role, owner), end: i + 1 };
    if (lower === 'its' || lower === 'their') owner = 'its';
    else if (GLOBAL.has(lower) && !/^[A-Z]/.test(tokens[i]!.text)) owner = owner ?? 'global';
    else if (ARMS.has(lower)) arms = true;
    else if (!PHRASE_WORDS.has(lower)) break;
  }
  // "74 per cent of its arms": the verb says which way they went; "9.6 per cent of the total": the world's.
  // "60 per cent of India's military hardware": the arms a state holds came in as its imports.
  if (arms && (importVerbBefore(tokens, clauseFirst, at) || (owner !== null && owner !== 'global')))
    return { role: 'importer', owner, end: i };
  if (owner === 'global' && i > at) return { role: null, owner, end: i };
  return null;
}

/** The owner of a trade word: the one before it, or "imports to Armenia"; "deliveries to India" are India's imports. */
function flowOwner(
  tokens: readonly Token[],
  parties: readonly PartyMention[],
  i: number,
  role: 'importer' | 'exporter',
  owner: TradePhrase['owner'],
): Pick<TradePhrase, 'role' | 'owner'> {
  if (owner === null && FLOWS.has(tokens[i]!.lower)) {
    const to = ownerAfter(tokens, parties, i + 1, 'importer');
    if (to && /^(to|into)$/.test(tokens[i + 1]!.lower)) return { role: 'importer', owner: to };
  }
  return { role, owner: owner ?? ownerAfter(tokens, parties, i + 1, role) ?? null };
}

/** "imports to Armenia", "exports by Russia". */
function ownerAfter(
  tokens: readonly Token[],
  parties: readonly PartyMention[],
  i: number,
  role: 'importer' | 'exporter',
): PartyMention | null {
  const word = tokens[i]?.lower ?? '';
  const fits = role === 'importer' ? /^(to|by|of|into)$/.test(word) : /^(from|by|of)$/.test(word);
  if (!fits) return null;
  const next = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  return parties.find((p) => p.first === next && p.kind !== 'company') ?? null;
}

function importVerbBefore(tokens: readonly Token[], first: number, at: number): boolean {
  for (let i = first; i < at; i++) if (IMPORT_VERBS.has(tokens[i]!.lower)) return true;
  return false;
}

/** The first trade word of tokens [first, last), for the role of a statement whose figure names none. */
export function roleIn(
  tokens: readonly Token[],
  first: number,
  last: number,
): 'importer' | 'exporter' | null {
  for (let i = first; i < last; i++) {
    const role = tradeRole(tokens[i]!.lower);
    if (role) return role;
  }
  return null;
}
