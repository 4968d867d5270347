/**
 * Share statements: what part of a state's arms imports or exports a partner (or the world) holds, in figures
 * ("36 per cent", "(%31)") or in words ("almost all", "a third"). A ranking alone and a change ("grew by 16
 * per cent") give none.
 */

import type { ShareFact } from '../model/index.ts';
import type { PartyMention } from './parties.ts';
import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** Who holds what share of whose trade, before the period and source are added. */
type ShareStatement = Pick<ShareFact, 'subject' | 'role' | 'counterpart' | 'share_pct'>;

/** A share fact read from one sentence. */
export interface ShareCandidate {
  fact: Omit<ShareFact, 'evidence'>;
  sentence: number;
}

const IMPORT_WORDS = wordSet('import imports importer importers imported recipient recipients buyer buyers');
const EXPORT_WORDS = wordSet('export exports exporter exporters exported supplier suppliers seller sellers');
const CHANGE_WORDS = wordSet('increased decreased grew rose fell dropped declined up down by');
const WORD_SHARES: Record<string, number | null> = {
  'almost all': null,
  'nearly all': null,
  'virtually all': null,
  all: null,
  most: null,
  majority: null,
  bulk: null,
  half: 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'two thirds': 200 / 3,
  'a quarter': 25,
  'one quarter': 25,
  'three quarters': 75,
};
const COMBINED = new Set(['together', 'combined', 'aforesaid', 'they']);

/** Reads the share statements of a whole article. */
export function readShares(
  frames: readonly Frame[],
  tokens: readonly Token[],
  source: string | null,
): ShareCandidate[] {
  const out: ShareCandidate[] = [];
  let last: ShareCandidate | null = null;
  for (const frame of frames) {
    const role = roleOf(frame, tokens);
    if (!role) continue;
    const period = frame.times[0] ?? null;
    const base = { period_start: period?.start ?? null, period_end: period?.end ?? null, source };
    const listed = listShares(frame, tokens);
    if (listed.length > 0) {
      // "Russia's exports went to India (34%), China (21%)": the listed states are the partners of the owner.
      const owner = frame.parties.find(
        (p) => p.role === 'possessive' && p.kind !== 'company' && p.last <= listed[0]!.party.first,
      );
      for (const { party, pct } of listed) {
        const subject = owner?.code ?? party.code;
        const counterpart = owner ? party.code : null;
        out.push({
          fact: { type: 'share', subject, role, counterpart, share_pct: pct, ...base },
          sentence: frame.sentence.index,
        });
      }
      continue;
    }
    let previous: ShareStatement | null = null;
    for (const clause of clauses(frame, tokens)) {
      const single: ShareStatement | null =
        singleShare(clause, tokens, role, previous) ?? ofItsTrade(clause, tokens, role, last);
      if (!single) continue;
      const periodOf = period
        ? base
        : {
            ...base,
            period_start: last?.fact.period_start ?? null,
            period_end: last?.fact.period_end ?? null,
          };
      out.push({ fact: { type: 'share', ...single, ...periodOf }, sentence: frame.sentence.index });
      previous = single;
    }
    last = out[out.length - 1] ?? last;
  }
  return out;
}

/** "India was the top importer. Russia accounted for 36 per cent of its imports": "its" is the last subject. */
function ofItsTrade(
  frame: Frame,
  tokens: readonly Token[],
  role: 'importer' | 'exporter',
  last: ShareCandidate | null,
): ShareStatement | null {
  if (!last || last.fact.role !== role) return null;
  const states = frame.parties.filter((p) => p.kind !== 'company');
  const share = shareIn(frame, tokens);
  if (!share || states.length !== 1 || states[0]!.code === last.fact.subject) return null;
  const its = tokens
    .slice(frame.sentence.first, frame.sentence.last)
    .some((t) => t.lower === 'its' || t.lower === 'their');
  return its
    ? { subject: last.fact.subject, role, counterpart: states[0]!.code, share_pct: share.pct }
    : null;
}

const CLAUSE_BREAKS = new Set([';', 'while', 'whereas', 'but']);

/** "Russia accounted for 46 per cent of India's imports, while France's share rose to 27 per cent": two statements. */
function clauses(frame: Frame, tokens: readonly Token[]): Frame[] {
  const out: Frame[] = [];
  let first = frame.sentence.first;
  const cut = (last: number) => {
    if (last <= first) return;
    const sentence = { ...frame.sentence, first, last };
    out.push({
      ...frame,
      sentence,
      parties: frame.parties.filter((p) => p.first >= first && p.last <= last),
    });
  };
  for (let i = frame.sentence.first; i < frame.sentence.last; i++) {
    if (!CLAUSE_BREAKS.has(tokens[i]!.lower)) continue;
    cut(i);
    first = i + 1;
  }
  cut(frame.sentence.last);
  return out;
}

function roleOf(frame: Frame, tokens: readonly Token[]): 'importer' | 'exporter' | null {
  for (let i = frame.sentence.first; i < frame.sentence.last; i++) {
    if (IMPORT_WORDS.has(tokens[i]!.lower)) return 'importer';
    if (EXPORT_WORDS.has(tokens[i]!.lower)) return 'exporter';
  }
  return null;
}

/** "the USA (%31), Russia (%27)": a state followed by its share in brackets. */
function listShares(frame: Frame, tokens: readonly Token[]): { party: PartyMention; pct: number }[] {
  const out: { party: PartyMention; pct: number }[] = [];
  for (const party of frame.parties) {
    if (party.kind === 'company' || tokens[party.last]?.text !== '(') continue;
    const pct = percentAt(tokens, party.last + 1, frame.sentence.last);
    if (pct !== null) out.push({ party, pct });
  }
  return out;
}

/** "%31", "31%", "31 per cent", "31 percent" starting at token i. */
function percentAt(tokens: readonly Token[], i: number, end: number): number | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || i >= end) return null;
  if (a.text === '%' && b && /^\d+(\.\d+)?$/.test(b.text)) return Number(b.text);
  const match = /^(\d+(?:\.\d+)?)%?$/.exec(a.text);
  if (!match) return null;
  if (
    a.text.endsWith('%') ||
    b?.text === '%' ||
    b?.lower === 'percent' ||
    (b?.lower === 'per' && tokens[i + 2]?.lower === 'cent')
  ) {
    return Number(match[1]);
  }
  return null;
}

/** "X accounted for 36 per cent of Y's imports", "almost all imports to Y came from X". */
function singleShare(
  frame: Frame,
  tokens: readonly Token[],
  role: 'importer' | 'exporter',
  previous: ShareStatement | null,
): ShareStatement | null {
  const share = shareIn(frame, tokens);
  if (!share) return null;
  const states = frame.parties.filter((p) => p.kind !== 'company');
  // "..., while France's share rose to 27 per cent": another partner of the same subject.
  if (
    previous &&
    states.length === 1 &&
    states[0]!.code !== previous.subject &&
    previous.counterpart !== null
  ) {
    return {
      subject: previous.subject,
      role: previous.role,
      counterpart: states[0]!.code,
      share_pct: share.pct,
    };
  }
  if (states.length === 0 || states.length > 2) return null;
  const from = states.find((p) => p.role === 'from');
  const to = states.find((p) => p.role === 'to' || p.role === 'possessive');
  const subject =
    role === 'importer' ? (to ?? states.find((p) => p !== from)) : (states.find((p) => p !== to) ?? to);
  if (!subject) return null;
  const other = states.find((p) => p !== subject && p.code !== subject.code);
  const counterpart = global(frame, tokens) ? null : (other?.code ?? null);
  if (counterpart === null && !global(frame, tokens) && states.length === 1 && role === 'importer' && !from)
    return null;
  return { subject: subject.code, role, counterpart, share_pct: share.pct };
}

function shareIn(frame: Frame, tokens: readonly Token[]): { pct: number | null } | null {
  const { first, last } = frame.sentence;
  for (let i = first; i < last; i++) {
    if (COMBINED.has(tokens[i]!.lower)) return null;
    const pct = percentAt(tokens, i, last);
    if (pct !== null) {
      if (CHANGE_WORDS.has(tokens[i - 1]?.lower ?? '')) return null;
      return { pct };
    }
    const two = `${tokens[i]!.lower} ${tokens[i + 1]?.lower ?? ''}`;
    const words =
      two in WORD_SHARES
        ? two
        : tokens[i]!.lower in WORD_SHARES && tokens[i]!.lower !== 'all'
          ? tokens[i]!.lower
          : null;
    if (words && tradeWordWithin(tokens, i + words.split(' ').length, last))
      return { pct: WORD_SHARES[words] ?? null };
  }
  return null;
}

/** "almost all weapons imports": a share in words must be a share of imports or exports. */
function tradeWordWithin(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < Math.min(end, from + 4); i++) {
    const lower = tokens[i]!.lower;
    if (IMPORT_WORDS.has(lower) || EXPORT_WORDS.has(lower)) return true;
  }
  return false;
}

function global(frame: Frame, tokens: readonly Token[]): boolean {
  for (let i = frame.sentence.first; i < frame.sentence.last; i++) {
    if (/^[A-Z]/.test(tokens[i]!.text)) continue;
    const lower = tokens[i]!.lower;
    if (
      lower === 'global' ||
      lower === 'world' ||
      lower === "world's" ||
      lower === 'worldwide' ||
      lower === 'international'
    )
      return true;
  }
  return false;
}
