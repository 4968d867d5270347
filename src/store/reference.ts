import type { Kysely } from 'kysely';
import type { Category, DeliveryTotal, ReferenceDeal, ReferenceImport } from '../model/index.ts';
import { chunks, groupBy } from './batches.ts';
import type { Database } from './database.ts';
import {
  dealFromRow,
  dealToRow,
  deliveryFromRow,
  deliveryRows,
  designationKey,
  importFromRow,
  importToRow,
} from './reference-rows.ts';

/** Narrows the reference deals; every field is optional. */
export interface ReferenceDealFilter {
  /** Party codes as stored: ISO3, `non-state:<name>`, `org:<name>`, `unknown`. */
  supplier?: string | null;
  recipient?: string | null;
  category?: Category | null;
  /** A deal is in [fromYear, toYear] when its order year or any of its delivery years is. */
  fromYear?: number | null;
  toYear?: number | null;
  /** Matched ignoring case, spaces and punctuation ('su30sm' finds 'Su-30SM'). */
  designation?: string | null;
}

/** Narrows delivery totals: deliveries whose year lies in [fromYear, toYear]. */
export interface DeliveryTotalFilter {
  supplier?: string | null;
  recipient?: string | null;
  category?: Category | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/** The imported SIPRI reference: replaced whole by each import, read by the register, compare and shares. */
export interface ReferenceRepository {
  /** Replaces the whole reference by this export, atomically (in its own transaction unless inside one). */
  replace(meta: ReferenceImport, deals: readonly ReferenceDeal[]): Promise<void>;
  /** What the current reference is, or null before any import. */
  metadata(): Promise<ReferenceImport | null>;
  /** Deals with their deliveries, by recipient, supplier and order year. */
  listDeals(filter?: ReferenceDealFilter): Promise<ReferenceDeal[]>;
  /**
   * Delivered TIV summed by supplier, recipient and delivery year: the year's value where the export gives one,
   * else the year's share of the deal's delivered TIV (analyse/shares-spread.ts `yearlyTiv`).
   */
  deliveryTotals(filter?: DeliveryTotalFilter): Promise<DeliveryTotal[]>;
}

// Rows per multi-row INSERT, under SQLite's and PostgreSQL's bound-parameter limits (20 and 9 columns).
const DEAL_CHUNK = 800;
const DELIVERY_CHUNK = 1500;
// Deal ids per `IN (...)` list when reading the deliveries of the deals found.
const DEAL_ID_CHUNK = 500;

export function referenceRepository(db: Kysely<Database>): ReferenceRepository {
  return {
    async replace(meta, deals) {
      if (db.isTransaction) await replaceAll(db, meta, deals);
      else await db.transaction().execute((trx) => replaceAll(trx, meta, deals));
    },
    async metadata() {
      const row = await db.selectFrom('reference_imports').selectAll().where('id', '=', 1).executeTakeFirst();
      return row ? importFromRow(row) : null;
    },
    async listDeals(filter = {}) {
      const rows = await filteredDeals(db, filter)
        .selectAll()
        .orderBy('recipient_name')
        .orderBy('supplier_name')
        .orderBy('order_year')
        .orderBy('deal_id')
        .execute();
      const byDeal = groupBy(await deliveriesOf(db, filter, rows), (row) => row.deal_id, deliveryFromRow);
      return rows.map((row) => dealFromRow(row, byDeal.get(row.deal_id) ?? []));
    },
    async deliveryTotals(filter = {}) {
      let query = db.selectFrom('reference_deliveries');
      if (filter.supplier) query = query.where('supplier', '=', filter.supplier);
      if (filter.recipient) query = query.where('recipient', '=', filter.recipient);
      if (filter.category) query = query.where('category', '=', filter.category);
      if (filter.fromYear != null) query = query.where('year', '>=', filter.fromYear);
      if (filter.toYear != null) query = query.where('year', '<=', filter.toYear);
      const rows = await query
        .select(['supplier', 'recipient', 'year', (eb) => eb.fn.sum<number>('tiv_attributed').as('value')])
        .groupBy(['supplier', 'recipient', 'year'])
        .orderBy('supplier')
        .orderBy('recipient')
        .orderBy('year')
        .execute();
      return rows.map((row) => ({ ...row, value: Number(row.value) }));
    },
  };
}

async function replaceAll(db: Kysely<Database>, meta: ReferenceImport, deals: readonly ReferenceDeal[]) {
  await db.deleteFrom('reference_deliveries').execute();
  await db.deleteFrom('reference_deals').execute();
  await db.deleteFrom('reference_imports').execute();
  await db.insertInto('reference_imports').values(importToRow(meta)).execute();
  for (const part of chunks(deals, DEAL_CHUNK))
    await db.insertInto('reference_deals').values(part.map(dealToRow)).execute();
  for (const part of chunks(deals.flatMap(deliveryRows), DELIVERY_CHUNK))
    await db.insertInto('reference_deliveries').values(part).execute();
}

/** The deliveries of these deals: all of them when nothing narrows the deals, else by deal id. */
async function deliveriesOf(
  db: Kysely<Database>,
  filter: ReferenceDealFilter,
  deals: readonly { deal_id: string }[],
) {
  const all = db.selectFrom('reference_deliveries').selectAll().orderBy('deal_id').orderBy('year');
  if (Object.values(filter).every((value) => value == null)) return all.execute();
  const found = [];
  for (const part of chunks(
    deals.map((deal) => deal.deal_id),
    DEAL_ID_CHUNK,
  ))
    found.push(...(await all.where('deal_id', 'in', part).execute()));
  return found;
}

function filteredDeals(db: Kysely<Database>, filter: ReferenceDealFilter) {
  let query = db.selectFrom('reference_deals');
  if (filter.supplier) query = query.where('supplier', '=', filter.supplier);
  if (filter.recipient) query = query.where('recipient', '=', filter.recipient);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.designation) query = query.where('designation_key', '=', designationKey(filter.designation));
  if (filter.fromYear == null && filter.toYear == null) return query;
  const from = filter.fromYear ?? 0;
  const to = filter.toYear ?? 9999;
  // Two index seeks (order years, delivery years, both by party: migration 006) instead of probing the
  // deliveries of every deal of the party. Deliveries carry their deal's parties and category.
  let ordered = db
    .selectFrom('reference_deals')
    .select('deal_id')
    .where('order_year', '>=', from)
    .where('order_year', '<=', to);
  let delivered = db
    .selectFrom('reference_deliveries')
    .select('deal_id')
    .where('year', '>=', from)
    .where('year', '<=', to);
  if (filter.supplier) {
    ordered = ordered.where('supplier', '=', filter.supplier);
    delivered = delivered.where('supplier', '=', filter.supplier);
  }
  if (filter.recipient) {
    ordered = ordered.where('recipient', '=', filter.recipient);
    delivered = delivered.where('recipient', '=', filter.recipient);
  }
  return query.where('deal_id', 'in', ordered.union(delivered));
}
