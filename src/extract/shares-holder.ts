/**
 * Who holds a share: "X's share", "from X" after the figure, the nearest state before it ("France 9.6 per
 * cent"), or the state a pronoun points to ("its share"), and "the same as that of X".
 */

import type { PartyMention } from './parties.ts';
import type { ShareFigure } from './shares-figures.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

const PRONOUNS = wordSet('it its');

/** The nearest "share" before a figure in its clause ("Russia's share of Indian imports fell to 36 per cent"). */
export function shareWordBefore(tokens: readonly Token[], first: number, figure: number): number | null {
  for (let i = figure - 1; i >= first; i--) if (tokens[i]!.lower === 'share') return i;
  return null;
}

/** Who holds the share: "X's share", "from X", the state before the figure, or the state "its" points to. */
export function holderOf(
  tokens: readonly Token[],
  states: readonly PartyMention[],
  figure: ShareFigure,
  clause: { first: number; last: number },
  trade: { role: 'importer' | 'exporter'; owner: string | null },
  owners: ReadonlySet<PartyMention>,
  lastSubject: string | null,
): string | null {
  const share = shareWordBefore(tokens, clause.first, figure.first);
  if (share !== null) {
    const possessive = states.find((p) => p.role === 'possessive' && p.last < share && share - p.last <= 3);
    if (possessive) return possessive.code;
    if (PRONOUNS.has(tokens[share - 1]?.lower ?? '')) return antecedent(states, clause.first, lastSubject);
  }
  const after = states.find(
    (p) =>
      p.first >= figure.last &&
      p.last <= clause.last &&
      !owners.has(p) &&
      (p.role === 'from' || (trade.owner !== null && trade.role === 'exporter' && p.role === 'to')),
  );
  if (after) return after.code;
  const before = nearestBefore(states, clause.first, figure.first, owners);
  if (before) return before.code;
  for (let i = clause.first; i < figure.first; i++) {
    if (PRONOUNS.has(tokens[i]!.lower)) return antecedent(states, clause.first, lastSubject);
  }
  return null;
}

/** The nearest state before a figure that is not the owner of a trade phrase. */
export function nearestBefore(
  states: readonly PartyMention[],
  first: number,
  figure: number,
  owners: ReadonlySet<PartyMention>,
): PartyMention | null {
  let found: PartyMention | null = null;
  for (const party of states) {
    if (party.first >= first && party.last <= figure && !owners.has(party) && party.role !== 'in')
      found = party;
  }
  if (found && found.list !== undefined) {
    const partners = states.filter((p) => p.list === found!.list && p.first >= first && p.last <= figure);
    if (partners.length > 1) return null;
  }
  return found;
}

/** "its share" in a later clause: the sentence's first plain state, or the subject of the last statement. */
function antecedent(
  states: readonly PartyMention[],
  clauseFirst: number,
  lastSubject: string | null,
): string | null {
  const subject = states.find((p) => p.last <= clauseFirst && p.role === 'plain');
  return subject?.code ?? lastSubject;
}

/** "5.9 per cent, the same as that of Russia": the same share for another state. */
export function sameAs(
  tokens: readonly Token[],
  states: readonly PartyMention[],
  figure: ShareFigure,
  end: number,
): string | null {
  for (let i = figure.last; i < Math.min(end, figure.last + 10); i++) {
    if (/^[\d%]/.test(tokens[i]!.text)) break; // the next figure's own comparison
    if (tokens[i]!.lower !== 'same' || tokens[i + 1]?.lower !== 'as') continue;
    const at = tokens[i + 2]?.lower === 'that' && tokens[i + 3]?.lower === 'of' ? i + 4 : i + 2;
    const next = tokens[at]?.lower === 'the' ? at + 1 : at;
    return states.find((p) => p.first === next)?.code ?? null;
  }
  return null;
}
