import type { DeliveryTotal, ReferenceDeal } from '../model/index.ts';
import { yearlyTiv } from './shares-spread.ts';

export { yearlyTiv } from './shares-spread.ts';

export type ShareRole = 'exporter' | 'importer';

/** One party's share of a total: `value` is TIV (reference) or a count of reported deliveries (news). */
export interface Share {
  country: string;
  share_pct: number;
  value: number;
}

/**
 * Whose shares: every exporter's (or importer's) share of the world total; with `country`, that exporter's
 * customers (role exporter) or that importer's suppliers (role importer), as shares of its own total.
 */
export interface ShareQuery {
  role: ShareRole;
  country?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/**
 * Shares of delivered value in the period, largest first (ties by code). Like SIPRI, the world total counts
 * every recipient and supplier: organisations, non-state groups and unknown parties included.
 */
export function computeShares(totals: readonly DeliveryTotal[], query: ShareQuery): Share[] {
  const byParty = new Map<string, number>();
  for (const total of inPeriod(totals, query)) {
    if (query.country && (query.role === 'exporter' ? total.supplier : total.recipient) !== query.country)
      continue;
    const party = partyOf(total, query);
    byParty.set(party, (byParty.get(party) ?? 0) + total.value);
  }
  const sum = [...byParty.values()].reduce((a, b) => a + b, 0);
  return [...byParty]
    .map(([country, value]) => ({ country, value, share_pct: sum > 0 ? (100 * value) / sum : 0 }))
    .sort((a, b) => b.share_pct - a.share_pct || a.country.localeCompare(b.country));
}

/** The totals whose year lies in [fromYear, toYear] (either bound optional). */
export function inPeriod(
  totals: readonly DeliveryTotal[],
  period: { fromYear?: number | null; toYear?: number | null },
): DeliveryTotal[] {
  return totals.filter(
    (total) =>
      (period.fromYear == null || total.year >= period.fromYear) &&
      (period.toYear == null || total.year <= period.toYear),
  );
}

/** Delivered TIV by supplier, recipient and year from parsed deals: what the store's deliveryTotals returns. */
export function referenceDeliveryTotals(deals: readonly ReferenceDeal[]): DeliveryTotal[] {
  const sums = new Map<string, DeliveryTotal>();
  for (const deal of deals) {
    for (const { year, tiv } of yearlyTiv(deal)) {
      const key = `${deal.supplier}\u0000${deal.recipient}\u0000${year}`;
      const total = sums.get(key) ?? { supplier: deal.supplier, recipient: deal.recipient, year, value: 0 };
      total.value += tiv;
      sums.set(key, total);
    }
  }
  return [...sums.values()];
}

function partyOf(total: DeliveryTotal, query: ShareQuery): string {
  const exporterSide = query.role === 'exporter';
  // Without a country the rows are the role's own parties; with one, they are its counterparts.
  if (query.country) return exporterSide ? total.recipient : total.supplier;
  return exporterSide ? total.supplier : total.recipient;
}
