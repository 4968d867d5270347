import type { Category, ReferenceDeal, TransferRow } from '../model/index.ts';
import type { FoldedSystem } from '../resolve/index.ts';

type Fold = (system: string) => FoldedSystem;

/** The years the reference covers: its first and last delivery year. */
export interface Coverage {
  from: number;
  to: number;
}

/** Why a deal in the news is not in the reference. */
export type NewsOnlyReason = 'new' | 'unrecorded' | 'not-ordered' | 'not-covered';

/** A deal in the news that the reference lacks. */
export interface NewsOnlyDeal {
  rowId: string;
  supplier: string | null;
  recipient: string | null;
  system: string | null;
  category: Category | null;
  status: TransferRow['status'];
  orderYear: number | null;
  quantity: number | null;
  sources: number;
  /**
   * `new`: after the reference's last year; `unrecorded`: within its years; `not-ordered`: talks or approval
   * only, which SIPRI does not record; `not-covered`: small arms or ammunition, which SIPRI leaves out.
   */
  reason: NewsOnlyReason;
}

/** A field on which the news and the reference disagree. */
export interface FieldDifference {
  field: 'supplier' | 'quantity' | 'orderYear';
  news: string | number;
  reference: string | number;
}

/** A reference deal that the news contradicts. */
export interface Contradiction {
  dealId: string;
  rowId: string;
  recipient: string;
  system: string | null;
  designation: string;
  differences: FieldDifference[];
  sources: number;
}

/** The outcome of checking one transfer row against the reference. */
export type DealCheck =
  | { kind: 'matched' }
  | { kind: 'news-only'; entry: NewsOnlyDeal }
  | { kind: 'contradicted'; entry: Contradiction };

/** News and reference order years this far apart still name the same deal. */
const ORDER_YEAR_SLACK = 2;
const NOT_COVERED: ReadonlySet<Category> = new Set(['small-arms', 'ammunition']);

/** The consensus year of the row's order, or null. */
export function orderYear(row: TransferRow): number | null {
  return row.events.find((event) => event.status === 'ordered')?.year.consensus ?? null;
}

/** Every year the row's events state (consensus values), or else the years it was reported in. */
export function rowYears(row: TransferRow): number[] {
  const years = row.events.map((event) => event.year.consensus).filter((year) => year !== null);
  if (years.length > 0) return years;
  return [row.firstReported, row.lastReported].filter((d) => d !== null).map((d) => Number(d.slice(0, 4)));
}

/** The reference deals by recipient, each recipient's indexed on first use, for `checkDeal`. */
export interface DealIndex {
  /** The deals of the row's recipient that name the same weapon (`sameWeapon`), in no particular order. */
  sameWeapon(row: TransferRow): ReferenceDeal[];
}

/** Indexes the deals so that a row finds its candidates by key instead of testing every deal of its recipient. */
export function indexDeals(deals: readonly ReferenceDeal[], fold: Fold): DealIndex {
  const byRecipient = groupDeals(deals, (deal) => deal.recipient);
  const indexes = new Map<string, RecipientDeals>();
  return {
    sameWeapon(row) {
      if (row.recipient === null) return [];
      let index = indexes.get(row.recipient);
      if (!index) {
        index = recipientDeals(byRecipient.get(row.recipient) ?? [], fold);
        indexes.set(row.recipient, index);
      }
      return weaponMatches(row, index);
    },
  };
}

/** One recipient's deals by folded designation (with the keys sorted, for prefixes), and by category and supplier. */
interface RecipientDeals {
  byKey: Map<string, ReferenceDeal[]>;
  keys: string[];
  byKind: Map<string, ReferenceDeal[]>;
}

function recipientDeals(deals: readonly ReferenceDeal[], fold: Fold): RecipientDeals {
  const byKey = groupDeals(deals, (deal) => fold(deal.designation).key);
  return {
    byKey,
    keys: [...byKey.keys()].sort(),
    byKind: groupDeals(deals, (deal) => kindKey(deal.category, deal.supplier)),
  };
}

function kindKey(category: string, supplier: string): string {
  return `${category}\u0000${supplier}`;
}

/** Reference deals grouped by a key (recipient, supplier, designation key), in their order. */
export function groupDeals(
  deals: readonly ReferenceDeal[],
  key: (deal: ReferenceDeal) => string,
): Map<string, ReferenceDeal[]> {
  const groups = new Map<string, ReferenceDeal[]>();
  for (const deal of deals) {
    const group = groups.get(key(deal));
    if (group) group.push(deal);
    else groups.set(key(deal), [deal]);
  }
  return groups;
}

/**
 * Same designation once folded, or one a prefix of the other of at least 3 characters (one may be a variant
 * of the other); for a kind of weapon (no system key), same category and supplier.
 */
function weaponMatches(row: TransferRow, index: RecipientDeals): ReferenceDeal[] {
  const news = row.systemKey;
  if (news === null) {
    const supplier = row.supplier.consensus;
    if (row.category === null || supplier === null) return [];
    return index.byKind.get(kindKey(row.category, supplier)) ?? [];
  }
  const found = new Set(index.byKey.get(news) ?? []);
  // Reference designations that the news one extends: its prefixes of 3 characters or more.
  for (let length = 3; length < news.length; length++) {
    for (const deal of index.byKey.get(news.slice(0, length)) ?? []) found.add(deal);
  }
  // Reference designations that extend the news one: a run of the sorted keys.
  if (news.length >= 3) {
    for (let at = firstAtLeast(index.keys, news); at < index.keys.length; at++) {
      const key = index.keys[at]!;
      if (!key.startsWith(news)) break;
      for (const deal of index.byKey.get(key) ?? []) found.add(deal);
    }
  }
  return [...found];
}

/** The position of the first key not below `value` in sorted `keys`. */
function firstAtLeast(keys: readonly string[], value: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keys[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Checks one transfer row against the reference deals of its recipient. */
export function checkDeal(row: TransferRow, deals: DealIndex, coverage: Coverage | null): DealCheck {
  const candidates = deals.sameWeapon(row).filter((deal) => sameTime(row, deal));
  const supplier = row.supplier.consensus;
  const sameSupplier = candidates.filter((deal) => supplier === null || deal.supplier === supplier);
  if (candidates.length === 0) return { kind: 'news-only', entry: newsOnly(row, coverage) };
  // A kind of weapon ("artillery") is too vague to contradict a supplier, only to be found.
  if (row.systemKey === null)
    return sameSupplier.length > 0
      ? { kind: 'matched' }
      : { kind: 'news-only', entry: newsOnly(row, coverage) };
  const deal = closest(row, sameSupplier.length > 0 ? sameSupplier : candidates);
  const differences = differencesOf(row, deal);
  if (differences.length === 0) return { kind: 'matched' };
  return {
    kind: 'contradicted',
    entry: {
      dealId: deal.dealId,
      rowId: row.id,
      recipient: deal.recipient,
      system: row.system,
      designation: deal.designation,
      differences,
      sources: row.sources.length,
    },
  };
}

/** The row's order within the slack of the deal's, or else its events within the deal's span of years. */
function sameTime(row: TransferRow, deal: ReferenceDeal): boolean {
  const ordered = orderYear(row);
  if (ordered !== null && deal.orderYear !== null)
    return Math.abs(ordered - deal.orderYear) <= ORDER_YEAR_SLACK;
  const delivered = deal.deliveries.map((delivery) => delivery.year);
  const first = deal.orderYear ?? (delivered.length > 0 ? Math.min(...delivered) : null);
  if (first === null) return true;
  // A deal not yet fully delivered may still be delivering after the reference's last year.
  const done =
    delivered.length > 0 &&
    deal.quantityDelivered !== null &&
    deal.quantityDelivered === deal.quantityOrdered;
  const end = done ? Math.max(...delivered) + 1 : Number.POSITIVE_INFINITY;
  const years = rowYears(row);
  // A row with no year at all (undated articles) cannot be placed in time: any deal of the system may be it.
  return years.length === 0 || years.some((year) => year >= first - 1 && year <= end);
}

function closest(row: TransferRow, deals: ReferenceDeal[]): ReferenceDeal {
  const ordered = orderYear(row);
  const quantity = orderedQuantity(row);
  const score = (deal: ReferenceDeal) =>
    (ordered === null || deal.orderYear === null ? 0 : Math.abs(ordered - deal.orderYear)) +
    (quantity === null || deal.quantityOrdered === quantity ? 0 : 0.5);
  return [...deals].sort((a, b) => score(a) - score(b) || a.dealId.localeCompare(b.dealId))[0]!;
}

function orderedQuantity(row: TransferRow): number | null {
  return row.events.find((event) => event.status === 'ordered')?.quantity.consensus ?? null;
}

function differencesOf(row: TransferRow, deal: ReferenceDeal): FieldDifference[] {
  const differences: FieldDifference[] = [];
  const supplier = row.supplier.consensus;
  if (supplier !== null && supplier !== deal.supplier) {
    differences.push({ field: 'supplier', news: supplier, reference: deal.supplier });
  }
  const quantity = orderedQuantity(row);
  if (quantity !== null && deal.quantityOrdered !== null && quantity !== deal.quantityOrdered) {
    differences.push({ field: 'quantity', news: quantity, reference: deal.quantityOrdered });
  }
  const year = orderYear(row);
  if (year !== null && deal.orderYear !== null && year !== deal.orderYear) {
    differences.push({ field: 'orderYear', news: year, reference: deal.orderYear });
  }
  return differences;
}

function newsOnly(row: TransferRow, coverage: Coverage | null): NewsOnlyDeal {
  return {
    rowId: row.id,
    supplier: row.supplier.consensus,
    recipient: row.recipient,
    system: row.system,
    category: row.category,
    status: row.status,
    orderYear: orderYear(row),
    quantity: orderedQuantity(row),
    sources: row.sources.length,
    reason: reasonOf(row, coverage),
  };
}

function reasonOf(row: TransferRow, coverage: Coverage | null): NewsOnlyReason {
  if (row.category !== null && NOT_COVERED.has(row.category)) return 'not-covered';
  if (!row.events.some((event) => event.status === 'ordered' || event.status === 'delivered'))
    return 'not-ordered';
  const years = rowYears(row);
  return coverage !== null && years.length > 0 && Math.min(...years) > coverage.to ? 'new' : 'unrecorded';
}
