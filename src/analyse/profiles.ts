/** Read-only profiles of a country and of a weapon system, from the register, the reference and the shares. */
import type {
  DeliveryTotal,
  PartyCode,
  ProductionRow,
  ReferenceDeal,
  RegisterFilter,
  ShareRow,
  StoredRegisterRow,
  TransferRow,
} from '../model/index.ts';
import { foldSystem, systemSearchKeys } from '../resolve/index.ts';
import type { Store } from '../store/index.ts';
import { type CompareQuery, type Comparison, compareWithReference } from './compare.ts';
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

/** How many deals, production lines, rows or reference deals a profile lists; totals say how many there are. */
export const TIMELINE_LIMIT = 200;
const PAGE = 1000;

/** Five-year windows ending at `to`, latest first, the earliest one clipped to `from`. */
export function fiveYearWindows(period: YearWindow): YearWindow[] {
  const windows: YearWindow[] = [];
  for (let to = period.to; to >= period.from; to -= 5) {
    windows.push({ from: Math.max(period.from, to - 4), to });
  }
  return windows;
}

/** Count-based shares from the news register (each delivery year of each deal once), as the reference's are queried. */
export async function registerShares(store: Store, query: ShareQuery): Promise<Share[]> {
  const side = query.role === 'exporter' ? { supplier: query.country } : { recipient: query.country };
  const counts = await store.deliveries.counts({ ...side, fromYear: query.fromYear, toYear: query.toYear });
  return computeShares(counts, query);
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
    store.deliveries.counts({ recipient: country, ...range }),
    store.deliveries.counts({ supplier: country, ...range }),
    latestDeals(store, country, period),
    store.register.list({ kind: 'production', recipient: country, limit: TIMELINE_LIMIT }),
    shareStatements(store, country),
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
        deals: await dealsOf(store, country, range),
        totals: await referenceTotals(store),
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

/** Share statements with the country as subject or counterpart. */
async function shareStatements(store: Store, country: string): Promise<ShareRow[]> {
  const [subject, counterpart] = await Promise.all([
    store.register.list({ kind: 'share', recipient: country, limit: TIMELINE_LIMIT }),
    store.register.list({ kind: 'share', supplier: country, limit: TIMELINE_LIMIT }),
  ]);
  return [...subject, ...counterpart] as ShareRow[];
}

/**
 * Reference deals the country's rows can match: those it received (from any supplier, so that a supplier
 * the news gets wrong shows) and those it supplied.
 */
async function dealsOf(
  store: Store,
  country: string,
  range: { fromYear: number; toYear: number },
): Promise<ReferenceDeal[]> {
  const [received, sent] = await Promise.all([
    store.reference.listDeals({ recipient: country, ...range }),
    store.reference.listDeals({ supplier: country, ...range }),
  ]);
  return [...received, ...sent.filter((deal) => deal.recipient !== country)];
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
  const deals = query.country
    ? (await Promise.all([...recipients].map((recipient) => store.reference.listDeals({ recipient })))).flat()
    : await store.reference.listDeals();
  return compareWithReference({ rows, deals, totals: await referenceTotals(store) }, query);
}

const totalsCache = new WeakMap<Store, { importedAt: string; totals: DeliveryTotal[] }>();

/** Every delivery total of the reference, kept per store until the next import replaces the reference. */
async function referenceTotals(store: Store): Promise<DeliveryTotal[]> {
  const meta = await store.reference.metadata();
  if (!meta) return [];
  const cached = totalsCache.get(store);
  if (cached?.importedAt === meta.importedAt) return cached.totals;
  const totals = await store.reference.deliveryTotals();
  totalsCache.set(store, { importedAt: meta.importedAt, totals });
  return totals;
}

/** A party and how many register rows name it in a role. */
export interface PartyCount {
  party: PartyCode;
  rows: number;
}

export interface SystemProfile {
  /** The folded designation that spellings and variants share. */
  key: string;
  /** The name shown: the catalogue's, or the spelling the rows use. */
  name: string;
  spellings: string[];
  category: string | null;
  description: string | null;
  /** Who sells it: consensus suppliers of its deals. */
  suppliers: PartyCount[];
  /** Who has it: recipients of its delivered deals and the countries making it. */
  operators: PartyCount[];
  /** Who makes it: production lines. */
  producers: {
    country: PartyCode;
    producer: string | null;
    licensor: PartyCode | null;
    status: string | null;
  }[];
  /** Its register rows (the first `TIMELINE_LIMIT`). */
  rows: { total: number; items: StoredRegisterRow[] };
  /** Its deals in the SIPRI reference (the first `TIMELINE_LIMIT`). */
  reference: { total: number; items: ReferenceDeal[] };
}

/**
 * Everything known of a weapon system: who supplies, operates and produces it, and its rows; null when
 * neither the register nor the reference knows it. Spellings and catalogue aliases fold together.
 */
export async function systemProfile(store: Store, designation: string): Promise<SystemProfile | null> {
  const keys = systemSearchKeys(designation);
  if (keys.length === 0) return null;
  const key = foldSystem(designation).key;
  const prefixed = await allRows(store, { systemKeys: keys });
  // Keys match by prefix (su30 finds su30sm): keep the exact system when the register has it.
  const exact = prefixed.filter((row) => row.kind !== 'share' && row.systemKey === key);
  const rows = exact.length > 0 ? exact : prefixed;
  const reference = await store.reference.listDeals({ designation });
  if (rows.length === 0 && reference.length === 0) return null;
  const transfers = rows.filter((row): row is StoredRegisterRow & TransferRow => row.kind === 'transfer');
  const lines = rows.filter((row): row is StoredRegisterRow & ProductionRow => row.kind === 'production');
  const named = [...transfers, ...lines];
  return {
    key,
    name: named.find((row) => row.system)?.system ?? reference[0]?.designation ?? designation,
    spellings: [...new Set(named.flatMap((row) => row.spellings))].sort(),
    category: named.find((row) => row.category)?.category ?? reference[0]?.category ?? null,
    description: transfers.find((row) => row.description)?.description ?? reference[0]?.description ?? null,
    suppliers: counted(transfers.map((row) => row.supplier.consensus)),
    operators: counted([
      ...transfers.filter((row) => row.status === 'delivered').map((row) => row.recipient),
      ...lines.filter((row) => row.status.consensus !== 'planned').map((row) => row.country),
    ]),
    producers: lines.map((row) => ({
      country: row.country,
      producer: row.producer.consensus,
      licensor: row.licensor.consensus,
      status: row.status.consensus,
    })),
    rows: { total: rows.length, items: rows.slice(0, TIMELINE_LIMIT) },
    reference: { total: reference.length, items: reference.slice(0, TIMELINE_LIMIT) },
  };
}

function counted(parties: readonly (PartyCode | null)[]): PartyCount[] {
  const tally = new Map<PartyCode, number>();
  for (const party of parties) if (party) tally.set(party, (tally.get(party) ?? 0) + 1);
  return [...tally]
    .map(([party, rows]) => ({ party, rows }))
    .sort((a, b) => b.rows - a.rows || a.party.localeCompare(b.party));
}

async function allRows(store: Store, filter: RegisterFilter): Promise<StoredRegisterRow[]> {
  const rows: StoredRegisterRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.register.list({ ...filter, limit: PAGE, offset });
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}
