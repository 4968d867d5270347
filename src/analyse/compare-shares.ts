import type { DeliveryTotal, ShareRow } from '../model/index.ts';
import type { Coverage } from './compare-deals.ts';
import { computeShares } from './shares.ts';

/**
 * A stated share within this many percentage points of the reference's is confirmed: news rounds its
 * figures, and spreading the Trade Register's delivered TIV over delivery years moves shares by up to 1 point.
 */
export const SHARE_TOLERANCE_PCT = 2;

export type ShareVerdict = 'confirmed' | 'contradicted' | 'unverifiable';

/** One share statement of the news checked against the reference. */
export interface ShareCheck {
  rowId: string;
  subject: string;
  role: 'importer' | 'exporter';
  counterpart: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  /** The share the news states in figures (consensus), or null. */
  statedPct: number | null;
  /** The words that give it where no figure does ("almost all"), with the range they stand for. */
  wording: string | null;
  /** The share computed from the reference's delivered TIV for the same parties and period, in percent. */
  computedPct: number | null;
  verdict: ShareVerdict;
  /** Why a statement is unverifiable, or how a verdict was reached. */
  reason: string;
}

/** Checks a share statement: the counterpart's share of the subject's imports or exports, or the subject's of the world's. */
export function checkShare(
  row: ShareRow,
  totals: readonly DeliveryTotal[],
  coverage: Coverage | null,
): ShareCheck {
  const base = {
    rowId: row.id,
    subject: row.subject,
    role: row.role,
    counterpart: row.counterpart,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    statedPct: row.sharePct.consensus,
    wording: row.wording?.phrase ?? null,
    computedPct: null,
  };
  const unverifiable = (reason: string): ShareCheck => ({ ...base, verdict: 'unverifiable', reason });
  const period = checkablePeriod(row, coverage);
  if (typeof period === 'string') return unverifiable(period);
  const shares = computeShares(totals, {
    role: row.role,
    country: row.counterpart ? row.subject : null,
    ...period,
  });
  if (shares.length === 0)
    return unverifiable(
      `the reference records no ${row.role === 'importer' ? 'imports' : 'exports'} in the period`,
    );
  const party = row.counterpart ?? row.subject;
  const computedPct = round(shares.find((share) => share.country === party)?.share_pct ?? 0);
  const verdict = (confirmed: boolean, reason: string): ShareCheck => ({
    ...base,
    computedPct,
    verdict: confirmed ? 'confirmed' : 'contradicted',
    reason,
  });
  if (base.statedPct !== null) {
    const gap = Math.abs(base.statedPct - computedPct);
    return verdict(
      gap <= SHARE_TOLERANCE_PCT,
      `stated ${base.statedPct} %, reference ${computedPct} % (tolerance ${SHARE_TOLERANCE_PCT} points)`,
    );
  }
  if (row.wording) {
    const { phrase, minPct, maxPct } = row.wording;
    return verdict(
      computedPct >= minPct && computedPct <= maxPct,
      `"${phrase}" reads as ${minPct}-${maxPct} %, reference ${computedPct} %`,
    );
  }
  return unverifiable('the statement gives neither a figure nor words for the share');
}

/** The statement's period when the reference covers it, or why it cannot be checked. */
function checkablePeriod(
  row: ShareRow,
  coverage: Coverage | null,
): { fromYear: number; toYear: number } | string {
  const fromYear = row.periodStart ?? row.periodEnd;
  const toYear = row.periodEnd ?? row.periodStart;
  if (coverage === null) return 'no reference imported';
  if (fromYear === null || toYear === null) return 'the statement gives no period';
  if (fromYear < coverage.from || toYear > coverage.to) {
    return `the period lies outside the reference's years ${coverage.from}-${coverage.to}`;
  }
  return { fromYear, toYear };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
