/** The imported SIPRI reference as the comparisons read it, kept in memory per store until the next import. */
import type { DeliveryTotal, ReferenceDeal } from '../model/index.ts';
import type { Store } from '../store/index.ts';
import { groupDeals } from './compare-deals.ts';

/** A closed span of years. */
export interface YearRange {
  fromYear: number;
  toYear: number;
}

/** The reference of one import: replaced whole by the next, so it can be read once and kept. */
export interface ReferenceSnapshot {
  /** Every delivery total: `store.reference.deliveryTotals()`. */
  totals: DeliveryTotal[];
  /** Every deal: `store.reference.listDeals()`. */
  deals: ReferenceDeal[];
  /** The deals this party received. */
  receivedBy(country: string): ReferenceDeal[];
  /** The deals this party supplied. */
  suppliedBy(country: string): ReferenceDeal[];
}

const EMPTY: ReferenceSnapshot = {
  totals: [],
  deals: [],
  receivedBy: () => [],
  suppliedBy: () => [],
};

const snapshots = new WeakMap<Store, { importedAt: string; snapshot: Promise<ReferenceSnapshot> }>();

/**
 * The current reference, read on the first call after each import and shared by later calls (one small
 * query checks which import is current), so that a profile's comparison costs no reference query.
 */
export async function referenceSnapshot(store: Store): Promise<ReferenceSnapshot> {
  const meta = await store.reference.metadata();
  if (!meta) return EMPTY;
  const cached = snapshots.get(store);
  if (cached?.importedAt === meta.importedAt) return cached.snapshot;
  const snapshot = readSnapshot(store);
  snapshots.set(store, { importedAt: meta.importedAt, snapshot });
  // A failed read is not kept: the next call reads again.
  snapshot.catch(() => {
    if (snapshots.get(store)?.snapshot === snapshot) snapshots.delete(store);
  });
  return snapshot;
}

async function readSnapshot(store: Store): Promise<ReferenceSnapshot> {
  const [totals, deals] = await Promise.all([store.reference.deliveryTotals(), store.reference.listDeals()]);
  const byRecipient = groupDeals(deals, (deal) => deal.recipient);
  const bySupplier = groupDeals(deals, (deal) => deal.supplier);
  return {
    totals,
    deals,
    receivedBy: (country) => byRecipient.get(country) ?? [],
    suppliedBy: (country) => bySupplier.get(country) ?? [],
  };
}

/**
 * Whether the deal lies in the range as `store.reference.listDeals` reads one: its order year or any of
 * its delivery years in it.
 */
export function dealInRange(deal: ReferenceDeal, range: YearRange): boolean {
  const within = (year: number) => year >= range.fromYear && year <= range.toYear;
  return (
    (deal.orderYear !== null && within(deal.orderYear)) ||
    deal.deliveries.some((delivery) => within(delivery.year))
  );
}
