/** The news register against the SIPRI reference: deals the reference lacks, deals the news contradicts, shares checked. */
import type { DeliveryTotal, ReferenceDeal, RegisterRow, ShareRow, TransferRow } from '../model/index.ts';
import { systemFolder } from '../resolve/index.ts';
import {
  type Contradiction,
  type Coverage,
  checkDeal,
  indexDeals,
  type NewsOnlyDeal,
  rowYears,
} from './compare-deals.ts';
import { checkShare, referenceShares, type ShareCheck } from './compare-shares.ts';

export type {
  Contradiction,
  Coverage,
  FieldDifference,
  NewsOnlyDeal,
  NewsOnlyReason,
} from './compare-deals.ts';
export { SHARE_TOLERANCE_PCT, type ShareCheck, type ShareVerdict } from './compare-shares.ts';

export interface CompareInput {
  rows: readonly RegisterRow[];
  /** Reference deals of every recipient that the rows in scope name (more do no harm). */
  deals: readonly ReferenceDeal[];
  /** Reference delivered TIV by supplier, recipient and year: `store.reference.deliveryTotals()`. */
  totals: readonly DeliveryTotal[];
}

export interface CompareQuery {
  /** Only rows where this party supplies or receives (shares: is the subject or the counterpart). */
  country?: string | null;
  from?: number | null;
  to?: number | null;
}

export interface Comparison {
  /** The years the reference covers, or null when none is imported. */
  coverage: Coverage | null;
  /** Transfer rows whose deal the reference records as the news reports it. */
  matched: number;
  newsOnly: NewsOnlyDeal[];
  contradicted: Contradiction[];
  shares: ShareCheck[];
}

// Folding a designation is pure, and a reference has a few thousand: one cache serves every comparison.
const fold = systemFolder();

/** Compares the rows in scope with the reference (docs/register.md, "Comparing with the reference"). */
export function compareWithReference(input: CompareInput, query: CompareQuery = {}): Comparison {
  const coverage = coverageOf(input.totals);
  const deals = indexDeals(input.deals, fold);
  const shares = referenceShares(input.totals);
  const comparison: Comparison = { coverage, matched: 0, newsOnly: [], contradicted: [], shares: [] };
  for (const row of input.rows) {
    if (row.kind === 'transfer' && transferInScope(row, query)) {
      const check = checkDeal(row, deals, coverage);
      if (check.kind === 'matched') comparison.matched += 1;
      else if (check.kind === 'news-only') comparison.newsOnly.push(check.entry);
      else comparison.contradicted.push(check.entry);
    } else if (row.kind === 'share' && shareInScope(row, query)) {
      comparison.shares.push(checkShare(row, shares, coverage));
    }
  }
  return comparison;
}

const coverages = new WeakMap<readonly DeliveryTotal[], Coverage | null>();

/** The first and last year of the totals, kept with the array: the profiles pass the same cached one. */
function coverageOf(totals: readonly DeliveryTotal[]): Coverage | null {
  const known = coverages.get(totals);
  if (known !== undefined) return known;
  const coverage = yearSpan(totals);
  coverages.set(totals, coverage);
  return coverage;
}

function yearSpan(totals: readonly DeliveryTotal[]): Coverage | null {
  if (totals.length === 0) return null;
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const { year } of totals) {
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  return { from, to };
}

function transferInScope(row: TransferRow, query: CompareQuery): boolean {
  if (row.recipient === null) return false;
  if (query.country && row.recipient !== query.country && row.supplier.consensus !== query.country)
    return false;
  return overlaps(rowYears(row), query);
}

function shareInScope(row: ShareRow, query: CompareQuery): boolean {
  if (query.country && row.subject !== query.country && row.counterpart !== query.country) return false;
  const years = [row.periodStart, row.periodEnd].filter((year) => year !== null);
  return years.length === 0 ? query.from == null && query.to == null : overlaps(years, query);
}

function overlaps(years: readonly number[], query: CompareQuery): boolean {
  if (years.length === 0) return true;
  return (
    (query.from == null || Math.max(...years) >= query.from) &&
    (query.to == null || Math.min(...years) <= query.to)
  );
}
