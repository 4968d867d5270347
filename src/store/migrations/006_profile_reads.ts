import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';

const nullsLast = (column: string) => `(case when ${column} is null then 1 else 0 end)`;

/**
 * Indexes for a country profile's reads, measured on 1,000,000 facts (bench/api.bench.ts). The register
 * ones lead with the kind and one party, then follow the register's default ORDER BY (recipient, supplier,
 * first year, nulls last), so that a country's first page of share statements or production lines is read
 * in index order instead of sorting all of them with their JSON. The reference ones let a deal filter by
 * party and years seek both the order year and the delivery years.
 */
const INDEXES: { name: string; table: string; columns: string }[] = [
  {
    name: 'register_rows_from_order',
    table: 'register_rows',
    columns: `kind, party_from, ${nullsLast('party_to')}, party_to, ${nullsLast('party_from')}, ${nullsLast('year_min')}, year_min, id, year_max`,
  },
  {
    name: 'register_rows_to_order',
    table: 'register_rows',
    columns: `kind, party_to, ${nullsLast('party_to')}, ${nullsLast('party_from')}, party_from, ${nullsLast('year_min')}, year_min, id, year_max`,
  },
  { name: 'reference_deals_supplier_year', table: 'reference_deals', columns: 'supplier, order_year' },
  { name: 'reference_deals_recipient_year', table: 'reference_deals', columns: 'recipient, order_year' },
  {
    name: 'reference_deliveries_supplier_year',
    table: 'reference_deliveries',
    columns: 'supplier, year, deal_id',
  },
  {
    name: 'reference_deliveries_recipient_year',
    table: 'reference_deliveries',
    columns: 'recipient, year, deal_id',
  },
];

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  for (const { name, table, columns } of INDEXES) {
    await sql.raw(`CREATE INDEX ${name} ON ${table} (${columns})`).execute(db);
  }
}
