import type { DeliveryTotal, ShareRow } from '../model/index.ts';
import type { Coverage } from './compare-deals.ts';
import { computeShares, inPeriod, type Share, type ShareQuery } from './shares.ts';

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

/** The reference's shares for a query over a closed period, as `computeShares` gives them. */
export type ReferenceShares = (query: ShareQuery & { fromYear: number; toYear: number }) => Share[];

const calculators = new WeakMap<readonly DeliveryTotal[], ReferenceShares>();

/**
 * Shares of these totals, each query computed once: a country's statements often name the same party and
 * period. Each period's totals are picked once and grouped by exporter and importer, so that a party's
 * shares read its own totals only (in their original order, so that the sums come out the same). The
 * answers are kept with the totals array, so that callers passing the same (unchanged) array, such as the
 * profiles' cached reference totals, compute each share once across requests.
 */
export function referenceShares(totals: readonly DeliveryTotal[]): ReferenceShares {
  const known = calculators.get(totals);
  if (known) return known;
  const calculator = shareCalculator(totals);
  calculators.set(totals, calculator);
  return calculator;
}

function shareCalculator(totals: readonly DeliveryTotal[]): ReferenceShares {
  const periods = new Map<string, PeriodTotals>();
  const computed = new Map<string, Share[]>();
  return (query) => {
    const key = [query.role, query.country ?? '', query.fromYear, query.toYear].join('\u0000');
    const known = computed.get(key);
    if (known) return known;
    const periodKey = `${query.fromYear}-${query.toYear}`;
    let period = periods.get(periodKey);
    if (!period) {
      period = periodTotals(inPeriod(totals, query));
      periods.set(periodKey, period);
    }
    const own = query.role === 'exporter' ? period.bySupplier : period.byRecipient;
    const shares = computeShares(query.country ? (own.get(query.country) ?? []) : period.all, query);
    computed.set(key, shares);
    return shares;
  };
}

interface PeriodTotals {
  all: DeliveryTotal[];
  bySupplier: Map<string, DeliveryTotal[]>;
  byRecipient: Map<string, DeliveryTotal[]>;
}

function periodTotals(all: DeliveryTotal[]): PeriodTotals {
  const bySupplier = new Map<string, DeliveryTotal[]>();
  const byRecipient = new Map<string, DeliveryTotal[]>();
  const add = (groups: Map<string, DeliveryTotal[]>, party: string, total: DeliveryTotal) => {
    const group = groups.get(party);
    if (group) group.push(total);
    else groups.set(party, [total]);
  };
  for (const total of all) {
    add(bySupplier, total.supplier, total);
    add(byRecipient, total.recipient, total);
  }
  return { all, bySupplier, byRecipient };
}

/**
 * Checks a share statement: the counterpart's share of the subject's imports or exports, or the subject's
 * of the world's; `shares` are the reference's (`referenceShares`).
 */
export function checkShare(row: ShareRow, shares: ReferenceShares, coverage: Coverage | null): ShareCheck {
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
  const computed = shares({ role: row.role, country: row.counterpart ? row.subject : null, ...period });
  if (computed.length === 0)
    return unverifiable(
      `the reference records no ${row.role === 'importer' ? 'imports' : 'exports'} in the period`,
    );
  const party = row.counterpart ?? row.subject;
  const computedPct = round(computed.find((share) => share.country === party)?.share_pct ?? 0);
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
