/**
 * Share statements: what part of a state's arms imports or exports a partner (or the world) holds, in figures
 * ("36 per cent", "(%31)") or in words ("almost all", "two-thirds"). Each figure is one statement: its holder
 * is the state before it ("France 9.6 per cent", "Russia's share"), the trade it is a share of comes after it
 * ("of India's arms imports", "of the total") or from the statement before it in the sentence (ellipsis). A
 * ranking alone and a change ("grew by 16 per cent") give none.
 */

import type { ShareFact } from '../model/index.ts';
import type { PartyMention } from './parties.ts';
import type { Frame } from './sentence.ts';
import { findFigures, type ShareFigure } from './shares-figures.ts';
import { holderOf, nearestBefore, sameAs, shareWordBefore } from './shares-holder.ts';
import { type Period, periodsIn } from './shares-periods.ts';
import { findPublishers, type Publisher, publisherNear } from './shares-source.ts';
import { roleIn, type TradePhrase, tradePhraseAt, tradeRole } from './shares-trade.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** A share fact and the sentences that state it. */
export interface ShareCandidate {
  fact: Omit<ShareFact, 'evidence'>;
  sentences: number[];
}

/** Whose trade a statement is about, before subject and counterpart are settled. */
interface Trade {
  role: 'importer' | 'exporter';
  /** The state whose imports or exports these are; null for the world total. */
  owner: string | null;
  ownerMention: PartyMention | null;
}

/** One statement read from a sentence. */
interface Statement extends Trade {
  holder: string;
  figure: ShareFigure;
}

/** What earlier sentences leave to later ones. */
interface Context {
  previous: Statement | null;
  previousSentence: number;
  /** The period of the last statement that gave one: "over the same period", "with 9.6 per cent of the total". */
  period: Period | null;
  lastSubject: string | null;
}

const COMBINED = wordSet('together combined aforesaid they');
const CLAUSE_BREAKS = wordSet('; while whereas but');
const AGENTS = wordSet('supplier suppliers seller sellers source');
const CUSTOMERS = wordSet(
  'recipient recipients buyer buyers customer customers destination destinations client clients',
);

/**
 * Reads the share statements of a whole article; `source` is the publisher the article names, if any, used
 * where no research body is named near the statement.
 */
export function readShares(
  frames: readonly Frame[],
  tokens: readonly Token[],
  source: string | null,
): ShareCandidate[] {
  const out: ShareCandidate[] = [];
  const context: Context = { previous: null, previousSentence: -2, period: null, lastSubject: null };
  // Only articles that state a share need their publishers read.
  let publishers: Publisher[] | null = null;
  for (const frame of frames) {
    const figures = findFigures(tokens, frame.sentence.first, frame.sentence.last);
    if (figures.length === 0) continue;
    const statements = readStatements(frame, tokens, figures, context);
    const periods = assignPeriods(frame, tokens, figures, statements, context);
    statements.forEach((statement, k) => {
      publishers ??= findPublishers(frames, tokens);
      const publisher = publisherNear(publishers, frame.sentence.index, source);
      const fact = factOf(statement, periods[k] ?? null, publisher);
      out.push({ fact, sentences: [frame.sentence.index] });
      if (!statement.figure.earlier) context.lastSubject = fact.subject;
    });
    if (statements.length > 0) {
      context.previous = statements[statements.length - 1]!;
      context.previousSentence = frame.sentence.index;
    }
  }
  return mergeRepeats(out);
}

function factOf(
  statement: Statement,
  period: Period | null,
  source: string | null,
): Omit<ShareFact, 'evidence'> {
  const subject = statement.owner ?? statement.holder;
  const counterpart = statement.owner === null ? null : statement.holder;
  return {
    type: 'share',
    subject,
    role: statement.role,
    counterpart,
    share_pct: statement.figure.pct === null ? null : Math.round(statement.figure.pct * 100) / 100,
    period_start: period?.start ?? null,
    period_end: period?.end ?? null,
    source,
  };
}

/** One statement per figure that has a holder and a trade, in text order. */
function readStatements(
  frame: Frame,
  tokens: readonly Token[],
  figures: readonly ShareFigure[],
  context: Context,
): Statement[] {
  const out: Statement[] = [];
  const owners = new Set<PartyMention>();
  const states = frame.parties.filter((p) => p.kind !== 'company');
  let previous: Statement | null =
    context.previousSentence === frame.sentence.index - 1 ? context.previous : null;
  for (const figure of figures) {
    const clause = clauseOf(frame, tokens, figure);
    if (combined(tokens, clause.first, figure.first)) continue;
    const trade = tradeOf(frame, tokens, states, figure, clause, previous, context);
    if (!trade) continue;
    if (trade.ownerMention) owners.add(trade.ownerMention);
    const holder = holderOf(tokens, states, figure, clause, trade, owners, context.lastSubject);
    if (!holder || holder === trade.owner) continue;
    const statement = { ...trade, holder, figure };
    out.push(statement);
    previous = statement;
    const same = sameAs(tokens, states, figure, clause.last);
    if (same && same !== trade.owner) out.push({ ...statement, holder: same });
  }
  return out;
}

/** The clause that holds a figure: "..., while France's share rose to 27 per cent" is a clause of its own. */
function clauseOf(
  frame: Frame,
  tokens: readonly Token[],
  figure: ShareFigure,
): { first: number; last: number } {
  let first = frame.sentence.first;
  let last = frame.sentence.last;
  for (let i = frame.sentence.first; i < frame.sentence.last; i++) {
    if (!CLAUSE_BREAKS.has(tokens[i]!.lower)) continue;
    if (i < figure.first) first = i + 1;
    else if (i >= figure.last) {
      last = i;
      break;
    }
  }
  return { first, last };
}

/** "Together, they accounted for 77 per cent", "Combined, the USA and Russia supplied 58 per cent". */
function combined(tokens: readonly Token[], first: number, figure: number): boolean {
  for (let i = first; i < figure; i++) if (COMBINED.has(tokens[i]!.lower)) return true;
  return false;
}

/** The trade of a figure: its own phrase, the phrase after "share", the clause's trade word, or ellipsis. */
function tradeOf(
  frame: Frame,
  tokens: readonly Token[],
  states: readonly PartyMention[],
  figure: ShareFigure,
  clause: { first: number; last: number },
  previous: Statement | null,
  context: Context,
): Trade | null {
  // "a 36 per cent share of India's imports"
  const at = tokens[figure.last]?.lower === 'share' ? figure.last + 1 : figure.last;
  const own = tradePhraseAt(tokens, states, at, clause.last, clause.first);
  const share = shareWordBefore(tokens, clause.first, figure.first);
  const phrase =
    own ?? (share === null ? null : tradePhraseAt(tokens, states, share + 1, figure.first, clause.first));
  // "6 per cent of GDP", "70 per cent local content": a share of something other than the arms trade.
  const next = tokens[figure.last];
  const otherNoun = (next?.pos === 'NOUN' || next?.pos === 'ADJ') && next.lower !== 'share';
  if ((figure.pct === null || next?.lower === 'of' || otherNoun) && !own) return null;
  if (phrase && phrase.role === null && phrase.owner === 'global') {
    // "India's imports from Russia made up 36 per cent of the total": the total of India's imports.
    const before = tradeBefore(tokens, states, clause.first, figure.first);
    const from = states.some(
      (p) => tokens[p.first - 1]?.lower === 'from' && p.first >= clause.first && p.last <= figure.first,
    );
    if (before?.owner && from) return before;
    const role = roleIn(tokens, frame.sentence.first, frame.sentence.last) ?? previous?.role;
    return role ? { role, owner: null, ownerMention: null } : null;
  }
  if (phrase?.role) return settleOwner(phrase, phrase.role, states, figure, clause, context);
  if (previous) return { role: previous.role, owner: previous.owner, ownerMention: null };
  const role = roleIn(tokens, figure.last, clause.last);
  return (
    tradeBefore(tokens, states, clause.first, figure.first) ??
    (role && { role, owner: null, ownerMention: null })
  );
}

/** An owner named "its": the subject where a "from" names the holder, else the state spoken of before. */
function settleOwner(
  phrase: TradePhrase,
  role: 'importer' | 'exporter',
  states: readonly PartyMention[],
  figure: ShareFigure,
  clause: { first: number; last: number },
  context: Context,
): Trade | null {
  const { owner } = phrase;
  if (owner === null || owner === 'global') return { role, owner: null, ownerMention: null };
  if (owner !== 'its') return { role, owner: owner.code, ownerMention: owner };
  const from = states.find((p) => p.role === 'from' && p.first >= figure.last && p.last <= clause.last);
  if (from) {
    const subject = nearestBefore(states, clause.first, figure.first, new Set());
    return subject ? { role, owner: subject.code, ownerMention: subject } : null;
  }
  return context.lastSubject ? { role, owner: context.lastSubject, ownerMention: null } : null;
}

/** "Russia's arms exports went to India (34%)": the trade word before the figure and its owner. */
function tradeBefore(
  tokens: readonly Token[],
  states: readonly PartyMention[],
  first: number,
  figure: number,
): Trade | null {
  for (let i = figure - 1; i >= first; i--) {
    const lower = tokens[i]!.lower;
    const role = tradeRole(lower) ?? (CUSTOMERS.has(lower) ? 'importer' : null);
    if (!role) continue;
    const owner =
      states.find((p) => p.role === 'possessive' && p.last < i && i - p.last <= 4) ??
      partnerAfter(tokens, states, i);
    // "India's main supplier", "the largest supplier to India": a share of India's imports; "the largest
    // recipient of US arms", "Russia's biggest customer": a share of the seller's exports.
    if (owner && AGENTS.has(lower)) return { role: 'importer', owner: owner.code, ownerMention: owner };
    if (owner && CUSTOMERS.has(lower)) return { role: 'exporter', owner: owner.code, ownerMention: owner };
    return { role, owner: owner?.code ?? null, ownerMention: owner ?? null };
  }
  return null;
}

/** "supplier to India", "recipient of US arms", "customer of Russia", "recipient of Chinese weapons". */
function partnerAfter(
  tokens: readonly Token[],
  states: readonly PartyMention[],
  i: number,
): PartyMention | null {
  if (!/^(to|of|for)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  const next = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  return states.find((p) => p.first === next) ?? null;
}

/**
 * The period of each statement: the first period after its figure (before the next figure), else one before
 * it in the sentence; "from 22 to 16 per cent between 2013-17 and 2018-22" gives each figure its own; a
 * statement without one takes the period carried from earlier statements, an earlier figure none.
 */
function assignPeriods(
  frame: Frame,
  tokens: readonly Token[],
  figures: readonly ShareFigure[],
  statements: readonly Statement[],
  context: Context,
): (Period | null)[] {
  const periods = periodsIn(tokens, frame.times);
  const sameTime = tokens.slice(frame.sentence.first, frame.sentence.last).some((t) => t.lower === 'same');
  const own = figures.map((figure, k) => {
    const next = figures[k + 1]?.first ?? frame.sentence.last;
    return periods.filter((p) => p.first >= figure.last && p.last <= next);
  });
  const result = statements.map((statement) => {
    const k = figures.indexOf(statement.figure);
    const after = own[k] ?? [];
    const pairedWithNext = statement.figure.earlier && figures[k + 1] && (own[k + 1]?.length ?? 0) >= 2;
    if (pairedWithNext) return own[k + 1]![0]!;
    const pairedWithPrevious = k > 0 && figures[k - 1]!.earlier && after.length >= 2;
    if (pairedWithPrevious) return after[1]!;
    if (after.length > 0) return after[0]!;
    if (statement.figure.earlier) return null;
    const before = periods.filter((p) => p.last <= statement.figure.first);
    const main = before[before.length - 1] ?? firstUnclaimed(periods, own, figures);
    return main ?? (sameTime || periods.length === 0 ? context.period : null);
  });
  const main = result.find((p, k) => p !== null && !statements[k]!.figure.earlier);
  if (main) context.period = main;
  return result;
}

/** "The US held 43 per cent, France 9.6 per cent ... in 2019-23": the period no earlier figure claims. */
function firstUnclaimed(
  periods: readonly Period[],
  own: readonly Period[][],
  figures: readonly ShareFigure[],
): Period | null {
  const claimed = new Set(own.filter((_, k) => figures[k]!.earlier).flat());
  return periods.find((p) => !claimed.has(p)) ?? null;
}

/** Repeated statements (a headline and its sentence) become one fact with both sentences as evidence. */
function mergeRepeats(candidates: ShareCandidate[]): ShareCandidate[] {
  const out: ShareCandidate[] = [];
  for (const candidate of candidates) {
    const same = out.find((c) => sameStatement(c.fact, candidate.fact));
    if (!same) {
      out.push(candidate);
      continue;
    }
    same.sentences.push(...candidate.sentences);
    if (same.fact.period_start === null) {
      same.fact.period_start = candidate.fact.period_start;
      same.fact.period_end = candidate.fact.period_end;
    }
  }
  return out;
}

function sameStatement(a: Omit<ShareFact, 'evidence'>, b: Omit<ShareFact, 'evidence'>): boolean {
  const period = a.period_start === null || b.period_start === null || a.period_start === b.period_start;
  return (
    a.subject === b.subject &&
    a.role === b.role &&
    a.counterpart === b.counterpart &&
    a.share_pct === b.share_pct &&
    period &&
    (a.period_end === null || b.period_end === null || a.period_end === b.period_end)
  );
}
