/** Read-only profiles of a country and of a weapon system, from the register, the reference and the shares. */
import type {
  DeliveryTotal,
  PartyCode,
  ProductionRow,
  ReferenceDeal,
  RegisterFilter,
  ShareRow,
  TransferRow,
} from '../model/index.ts';
import type { Store } from '../store/index.ts';
import { type CompareQuery, type Comparison, compareWithReference } from './compare.ts';
import {
  dealInRange,
  type ReferenceSnapshot,
  referenceSnapshot,
  type YearRange,
} from './compare-reference.ts';
import { allRows, TIMELINE_LIMIT } from './register-pages.ts';
import { computeShares, inPeriod, type Share, type ShareQuery } from './shares.ts';

/** A span of years, both ends included. */
export interface YearWindow {
  from: number;
  to: number;
}

/** Shares in one window: TIV-weighted from the SIPRI reference, counted from the news register. */
export interface WindowShares extends YearWindow {
  reference: Share[];
  news: Share[];
}

/** One deal of a timeline, as a line: who, what, how far, when. */
export interface DealLine {
  id: string;
  supplier: PartyCode | null;
  recipient: PartyCode | null;
  system: string | null;
  category: string | null;
  status: string;
  /** The earliest year any event of the deal states, or null. */
  year: number | null;
  /** The largest quantity any event states, or null. */
  quantity: number | null;
  sources: number;
  conflict: boolean;
}

export interface CountryProfile {
  country: string;
  period: YearWindow;
  /** Who supplied the country, per 5-year window, latest first. */
  suppliers: WindowShares[];
  /** Whom the country supplied, per 5-year window, latest first. */
  customers: WindowShares[];
  /** Deals with the country on either side that touch the period: the latest `TIMELINE_LIMIT`, and how many in all. */
  deals: { total: number; items: DealLine[] };
  /** Production lines in the country (the first `TIMELINE_LIMIT`). */
  production: ProductionRow[];
  /**
   * The deals listed in `deals.items` and the country's share statements against the SIPRI reference;
   * `GET /compare?country=` compares every deal.
   */
  comparison: Comparison;
}

/** Five-year windows ending at `to`, latest first, the earliest one clipped to `from`. */
export function fiveYearWindows(period: YearWindow): YearWindow[] {
  const windows: YearWindow[] = [];
  for (let to = period.to; to >= period.from; to -= 5) {
    windows.push({ from: Math.max(period.from, to - 4), to });
  }
  return windows;
}

/**
 * Count-based delivery totals from the news register in the query's period: each delivery year of each deal
 * counts once. The register has applied analysts' reviews and folded near-duplicate articles, so these are the
 * news figures the API, the dashboard and `armswatch shares --source news` all show. With `country`, only
 * that country's side (its deliveries as exporter, or as importer).
 */
export function registerDeliveryTotals(store: Store, query: ShareQuery): Promise<DeliveryTotal[]> {
  const side = query.role === 'exporter' ? { supplier: query.country } : { recipient: query.country };
  return store.deliveries.counts({ ...side, fromYear: query.fromYear, toYear: query.toYear });
}

/** Count-based shares from the news register (`registerDeliveryTotals`), as the reference's are queried. */
export async function registerShares(store: Store, query: ShareQuery): Promise<Share[]> {
  return computeShares(await registerDeliveryTotals(store, query), query);
}

/** A country's suppliers and customers by window, its latest deals, its production and the comparison. */
export async function countryProfile(
  store: Store,
  country: string,
  period: YearWindow,
): Promise<CountryProfile> {
  const range = { fromYear: period.from, toYear: period.to };
  const [imports, exports, newsImports, newsExports, deals, production, statements] = await Promise.all([
    store.reference.deliveryTotals({ recipient: country, ...range }),
    store.reference.deliveryTotals({ supplier: country, ...range }),
    registerDeliveryTotals(store, { role: 'importer', country, ...range }),
    registerDeliveryTotals(store, { role: 'exporter', country, ...range }),
    latestDeals(store, country, period),
    store.register.list({ kind: 'production', recipient: country, limit: TIMELINE_LIMIT }),
    shareStatements(store, country, period),
  ]);
  const windows = fiveYearWindows(period);
  const sharesBy = (role: 'importer' | 'exporter', reference: DeliveryTotal[], news: DeliveryTotal[]) =>
    windows.map((window) => {
      const query = { role, country, fromYear: window.from, toYear: window.to };
      return {
        ...window,
        reference: computeShares(inPeriod(reference, query), query),
        news: computeShares(inPeriod(news, query), query),
      };
    });
  const query = { country, from: period.from, to: period.to };
  const reference = await referenceSnapshot(store);
  return {
    country,
    period,
    suppliers: sharesBy('importer', imports, newsImports),
    customers: sharesBy('exporter', exports, newsExports),
    deals: { total: deals.total, items: deals.rows.map(dealLine) },
    production: production as ProductionRow[],
    comparison: compareWithReference(
      {
        rows: [...deals.rows, ...statements],
        deals: dealsOf(reference, country, {
          fromYear: earliestYear(deals.rows, period),
          toYear: period.to,
        }),
        totals: reference.totals,
      },
      query,
    ),
  };
}

/** The latest deals with the country on either side, each side read in index order and merged. */
async function latestDeals(
  store: Store,
  country: string,
  period: YearWindow,
): Promise<{ total: number; rows: TransferRow[] }> {
  const base: RegisterFilter = { kind: 'transfer', from: period.from, to: period.to };
  const sides = [
    { ...base, recipient: country },
    { ...base, supplier: country },
  ];
  const pages = await Promise.all(
    sides.map((filter) =>
      store.register.list({ ...filter, sort: 'year', descending: true, limit: TIMELINE_LIMIT }),
    ),
  );
  const counts = await Promise.all(sides.map((filter) => store.register.count(filter)));
  const rows = pages.flat() as TransferRow[];
  return { total: counts[0]! + counts[1]!, rows: rows.sort(latestFirst).slice(0, TIMELINE_LIMIT) };
}

function latestFirst(a: TransferRow, b: TransferRow): number {
  return (firstYear(b) ?? -1) - (firstYear(a) ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function firstYear(row: TransferRow): number | null {
  const years = row.events.map((event) => event.year.consensus).filter((year) => year !== null);
  return years.length > 0 ? Math.min(...years) : null;
}

function dealLine(row: TransferRow): DealLine {
  const quantities = row.events.map((event) => event.quantity.consensus).filter((n) => n !== null);
  return {
    id: row.id,
    supplier: row.supplier.consensus,
    recipient: row.recipient,
    system: row.system,
    category: row.category,
    status: row.status,
    year: firstYear(row),
    quantity: quantities.length > 0 ? Math.max(...quantities) : null,
    sources: row.sources.length,
    conflict: row.conflicts.length > 0,
  };
}

/** Share statements about the period with the country as subject or counterpart. */
async function shareStatements(store: Store, country: string, period: YearWindow): Promise<ShareRow[]> {
  const base: RegisterFilter = { kind: 'share', from: period.from, to: period.to, limit: TIMELINE_LIMIT };
  const [subject, counterpart] = await Promise.all([
    store.register.list({ ...base, recipient: country }),
    store.register.list({ ...base, supplier: country }),
  ]);
  return [...subject, ...counterpart] as ShareRow[];
}

// Wider than compare's slack between news and reference order years (two years).
const REFERENCE_YEAR_MARGIN = 3;

/**
 * The first year of the reference deals that the rows are checked against: their earliest year less a
 * margin (the latest deals of a big trader span a few years, not the whole period).
 */
function earliestYear(rows: readonly TransferRow[], period: YearWindow): number {
  const years = rows.map(firstYear).filter((year) => year !== null);
  const earliest = years.length === rows.length && years.length > 0 ? Math.min(...years) : period.from;
  return Math.max(period.from, earliest - REFERENCE_YEAR_MARGIN);
}

/**
 * Reference deals the country's rows can match: those it received (from any supplier, so that a supplier
 * the news gets wrong shows) and those it supplied.
 */
function dealsOf(reference: ReferenceSnapshot, country: string, range: YearRange): ReferenceDeal[] {
  const inRange = (deal: ReferenceDeal) => dealInRange(deal, range);
  return [
    ...reference.receivedBy(country).filter(inRange),
    ...reference.suppliedBy(country).filter((deal) => deal.recipient !== country && inRange(deal)),
  ];
}

/**
 * The news register against the reference, for one country or all: deals the reference lacks or
 * contradicts, and share statements checked (analyse/compare.ts).
 */
export async function compareNews(store: Store, query: CompareQuery): Promise<Comparison> {
  const rows = await allRows(store, { country: query.country ?? null, from: query.from, to: query.to });
  const recipients = new Set(
    rows.flatMap((row) => (row.kind === 'transfer' && row.recipient ? [row.recipient] : [])),
  );
  const reference = await referenceSnapshot(store);
  const deals = query.country
    ? [...recipients].flatMap((recipient) => reference.receivedBy(recipient))
    : reference.deals;
  return compareWithReference({ rows, deals, totals: reference.totals }, query);
}

export { TIMELINE_LIMIT } from './register-pages.ts';
export { type PartyCount, type SystemProfile, systemProfile } from './system-profile.ts';
