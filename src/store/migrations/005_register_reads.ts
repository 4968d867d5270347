import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';

const nullsLast = (column: string) => `(case when ${column} is null then 1 else 0 end)`;

/**
 * Indexes for the API's register reads, measured on 1,000,000 facts (bench/api.bench.ts): the expression
 * indexes follow the register's ORDER BY exactly (nulls last, then the column) so that a page is read in
 * index order instead of sorting every row; the filter indexes make counts index-only.
 */
const REGISTER_INDEXES: Record<string, string> = {
  register_rows_order_recipient: `${nullsLast('party_to')}, party_to, ${nullsLast('party_from')}, party_from, ${nullsLast('year_min')}, year_min, id`,
  register_rows_order_year_desc: `${nullsLast('year_min')}, year_min desc, ${nullsLast('party_to')}, party_to, ${nullsLast('party_from')}, party_from, id`,
  register_rows_to_timeline: `kind, party_to, ${nullsLast('year_min')}, year_min desc, ${nullsLast('party_from')}, party_from, id, year_max`,
  register_rows_from_timeline: `kind, party_from, ${nullsLast('year_min')}, year_min desc, ${nullsLast('party_to')}, party_to, id, year_max`,
  register_rows_to_filters: 'party_to, status, category, conflict, year_min, year_max',
  register_rows_from_filters: 'party_from, category, status, conflict, year_min, year_max',
  register_rows_conflict_to: 'conflict, party_to, year_min, year_max',
  register_rows_conflict_from: 'conflict, party_from, year_min, year_max',
};

/**
 * Read models for the API: the indexes above, a prefix index for system searches, and `register_deliveries`,
 * one line per delivery year of each transfer row, kept by triggers so that shares from the news are a
 * GROUP BY instead of parsing every row's JSON.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  for (const [name, columns] of Object.entries(REGISTER_INDEXES)) {
    await sql.raw(`CREATE INDEX ${name} ON register_rows (${columns})`).execute(db);
  }
  // LIKE 'key%' uses an index only with a matching collation (SQLite) or operator class (PostgreSQL).
  const prefix = dialect === 'sqlite' ? 'system_key COLLATE NOCASE' : 'system_key text_pattern_ops';
  await sql.raw(`CREATE INDEX register_rows_system_prefix ON register_rows (${prefix})`).execute(db);

  await db.schema
    .createTable('register_deliveries')
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('supplier', 'text')
    .addColumn('recipient', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('register_deliveries_row').on('register_deliveries').column('row_id').execute();
  await db.schema
    .createIndex('register_deliveries_recipient')
    .on('register_deliveries')
    .columns(['recipient', 'year', 'supplier', 'row_id'])
    .execute();
  await db.schema
    .createIndex('register_deliveries_supplier')
    .on('register_deliveries')
    .columns(['supplier', 'year', 'recipient', 'row_id'])
    .execute();
  if (dialect === 'sqlite') await sqliteDeliveries(db);
  else await postgresDeliveries(db);
}

const INSERT = 'INSERT INTO register_deliveries (row_id, supplier, recipient, year)';

/** The delivered years of `row`'s events, as SELECT rows for INSERT; `from` names the tables to read. */
function sqliteEvents(row: string, from: string): string {
  return `SELECT ${row}.id, ${row}.party_from, ${row}.party_to, json_extract(event.value, '$.year.consensus')
    FROM ${from} json_each(${row}.data, '$.events') AS event
    WHERE ${row}.kind = 'transfer' AND json_extract(event.value, '$.status') = 'delivered'
      AND json_extract(event.value, '$.year.consensus') IS NOT NULL`;
}

function postgresEvents(row: string, from: string): string {
  return `SELECT ${row}.id, ${row}.party_from, ${row}.party_to, (event -> 'year' ->> 'consensus')::integer
    FROM ${from} jsonb_array_elements(${row}.data::jsonb -> 'events') AS event
    WHERE ${row}.kind = 'transfer' AND event ->> 'status' = 'delivered'
      AND event -> 'year' ->> 'consensus' IS NOT NULL`;
}

async function sqliteDeliveries(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`CREATE TRIGGER register_deliveries_insert AFTER INSERT ON register_rows
    BEGIN ${INSERT} ${sqliteEvents('new', '')}; END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER register_deliveries_delete AFTER DELETE ON register_rows
    BEGIN DELETE FROM register_deliveries WHERE row_id = old.id; END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER register_deliveries_update AFTER UPDATE ON register_rows
    BEGIN DELETE FROM register_deliveries WHERE row_id = old.id; ${INSERT} ${sqliteEvents('new', '')}; END`)
    .execute(db);
  await sql.raw(`${INSERT} ${sqliteEvents('r', 'register_rows AS r,')}`).execute(db);
}

async function postgresDeliveries(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`CREATE FUNCTION register_deliveries_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN DELETE FROM register_deliveries WHERE row_id = OLD.id; END IF;
      IF TG_OP <> 'DELETE' THEN ${INSERT} ${postgresEvents('NEW', '')}; END IF;
      RETURN NULL;
    END $$`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER register_deliveries_sync AFTER INSERT OR UPDATE OR DELETE ON register_rows
    FOR EACH ROW EXECUTE FUNCTION register_deliveries_sync()`)
    .execute(db);
  await sql.raw(`${INSERT} ${postgresEvents('r', 'register_rows AS r,')}`).execute(db);
}
