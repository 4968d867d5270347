import { createHash } from 'node:crypto';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { RegisterFilter, RegisterRow, RegisterSort, StoredRegisterRow } from '../model/index.ts';
import { chunks } from './batches.ts';
import type { Database, RegisterRowsTable } from './database.ts';
import type { DialectName } from './dialect.ts';

/** What a sync changed. */
export interface RegisterSyncResult {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** The resolved register: rows written by resolution, read by the CLI, the API and the dashboard. */
export interface RegisterRepository {
  /**
   * Makes the stored register equal to `rows`: adds new rows, rewrites changed ones (stamped `now`), drops
   * gone ones. With `groups`, only rows of those resolution groups are compared and dropped: `rows` are then
   * the whole new content of those groups. Call it inside a transaction, so readers see the old register or
   * the new one.
   */
  sync(rows: readonly RegisterRow[], now: string, groups?: readonly string[]): Promise<RegisterSyncResult>;
  /** The resolution groups of the rows that cite any of these articles. */
  groupsCiting(articleIds: readonly string[]): Promise<string[]>;
  /** Every row of these resolution groups. */
  listGroups(groups: readonly string[]): Promise<RegisterRow[]>;
  /** Rows matching the filter, sorted (default: by recipient, supplier, first year), one page at a time. */
  list(filter: RegisterFilter): Promise<StoredRegisterRow[]>;
  count(filter: RegisterFilter): Promise<number>;
  get(id: string): Promise<StoredRegisterRow | null>;
}

// Stays well under SQLite's bound-parameter limit with 17 columns a row.
const CHUNK = 500;

export function registerRepository(db: Kysely<Database>, dialect: DialectName): RegisterRepository {
  return {
    async sync(rows, now, groups) {
      // Two refreshes at once (a CLI ingest beside the server) would both insert the same new rows;
      // on PostgreSQL the second waits for the first. SQLite lets one writer in and reports the other busy.
      if (dialect === 'postgres')
        await sql`select pg_advisory_xact_lock(hashtext('armswatch.register'))`.execute(db);
      const stored = new Map<string, string>();
      for (const row of await storedDigests(db, groups)) stored.set(row.id, row.digest);
      const fresh = rows.map((row) => toRow(row, now));
      const wanted = new Set(fresh.map((row) => row.id));
      const gone = [...stored.keys()].filter((id) => !wanted.has(id));
      const changed = fresh.filter((row) => stored.has(row.id) && stored.get(row.id) !== row.digest);
      const added = fresh.filter((row) => !stored.has(row.id));
      await deleteRows(db, [...gone, ...changed.map((row) => row.id)]);
      await insertRows(db, [...changed, ...added], rows);
      return {
        added: added.length,
        changed: changed.length,
        removed: gone.length,
        unchanged: fresh.length - added.length - changed.length,
      };
    },
    async list(filter) {
      let query = filtered(db, filter).select(['data', 'updated_at']);
      for (const [column, descending] of sortColumns(
        filter.sort ?? 'recipient',
        filter.descending ?? false,
      )) {
        query = query
          .orderBy(sql`case when ${sql.ref(column)} is null then 1 else 0 end`)
          .orderBy(sql.ref(column), descending ? 'desc' : 'asc');
      }
      const found = await query
        .orderBy('id')
        .limit(filter.limit ?? 100)
        .offset(filter.offset ?? 0)
        .execute();
      return found.map(fromRow);
    },
    async count(filter) {
      const row = await filtered(db, filter)
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async groupsCiting(articleIds) {
      const groups = new Set<string>();
      for (const ids of chunks(articleIds, CHUNK)) {
        const found = await db
          .selectFrom('register_rows')
          .select('group_key')
          .distinct()
          .where('id', 'in', (eb) =>
            eb.selectFrom('register_sources').select('row_id').where('article_id', 'in', ids),
          )
          .execute();
        for (const row of found) groups.add(row.group_key);
      }
      return [...groups].sort();
    },
    async listGroups(groups) {
      const rows: RegisterRow[] = [];
      for (const keys of chunks(groups, CHUNK)) {
        const found = await db
          .selectFrom('register_rows')
          .select(['data'])
          .where('group_key', 'in', keys)
          .orderBy('id')
          .execute();
        rows.push(...found.map((row) => JSON.parse(row.data) as RegisterRow));
      }
      return rows;
    },
    async get(id) {
      const row = await db
        .selectFrom('register_rows')
        .select(['data', 'updated_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
  };
}

async function storedDigests(db: Kysely<Database>, groups: readonly string[] | undefined) {
  const select = db.selectFrom('register_rows').select(['id', 'digest']);
  if (groups === undefined) return select.execute();
  const found: { id: string; digest: string }[] = [];
  for (const keys of chunks(groups, CHUNK))
    found.push(...(await select.where('group_key', 'in', keys).execute()));
  return found;
}

async function deleteRows(db: Kysely<Database>, ids: string[]): Promise<void> {
  for (const part of chunks(ids, CHUNK))
    await db.deleteFrom('register_rows').where('id', 'in', part).execute();
}

async function insertRows(
  db: Kysely<Database>,
  rows: RegisterRowsTable[],
  resolved: readonly RegisterRow[],
): Promise<void> {
  for (const part of chunks(rows, CHUNK)) await db.insertInto('register_rows').values(part).execute();
  const written = new Set(rows.map((row) => row.id));
  const sources = resolved
    .filter((row) => written.has(row.id))
    .flatMap((row) =>
      [...new Set(row.sources.map((source) => source.articleId))].map((articleId) => ({
        row_id: row.id,
        article_id: articleId,
      })),
    );
  // Two columns a row, so four times as many rows fit in one statement.
  for (const part of chunks(sources, CHUNK * 4))
    await db.insertInto('register_sources').values(part).execute();
}

function filtered(db: Kysely<Database>, filter: RegisterFilter) {
  let query: SelectQueryBuilder<Database, 'register_rows', object> = db.selectFrom('register_rows');
  const equal = (
    column: 'kind' | 'party_from' | 'party_to' | 'category' | 'status',
    value?: string | null,
  ) => {
    if (value) query = query.where(column, '=', value);
  };
  equal('kind', filter.kind);
  equal('party_from', filter.supplier);
  equal('party_to', filter.recipient);
  equal('category', filter.category);
  equal('status', filter.status);
  const country = filter.country;
  if (country)
    query = query.where((eb) => eb.or([eb('party_from', '=', country), eb('party_to', '=', country)]));
  const systems = (filter.systemKeys ?? []).map(withoutWildcards).filter((key) => key !== '');
  if (systems.length > 0) {
    query = query.where((eb) => eb.or(systems.map((key) => eb('system_key', 'like', `${key}%`))));
  }
  if (filter.from != null) query = query.where('year_max', '>=', filter.from);
  if (filter.to != null) query = query.where('year_min', '<=', filter.to);
  if (filter.conflict != null) query = query.where('conflict', '=', filter.conflict ? 1 : 0);
  const articleId = filter.articleId;
  if (articleId) {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('register_sources').select('row_id').where('article_id', '=', articleId),
    );
  }
  return query;
}

// System keys hold only letters and digits, but a user's filter may not.
function withoutWildcards(value: string): string {
  return value.replace(/[%_\\]/g, '');
}

type SortColumn = 'party_to' | 'party_from' | 'system' | 'year_min' | 'last_reported' | 'source_count';

function sortColumns(sort: RegisterSort, descending: boolean): [SortColumn, boolean][] {
  const order: Record<RegisterSort, SortColumn[]> = {
    recipient: ['party_to', 'party_from', 'year_min'],
    supplier: ['party_from', 'party_to', 'year_min'],
    system: ['system', 'party_to', 'year_min'],
    year: ['year_min', 'party_to', 'party_from'],
    lastReported: ['last_reported'],
    sources: ['source_count'],
  };
  return order[sort].map((column, index) => [column, index === 0 && descending]);
}

function toRow(row: RegisterRow, now: string): RegisterRowsTable {
  const years = yearsOf(row);
  const data = JSON.stringify(row);
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    group_key: row.group,
    ...parties(row),
    system: row.kind === 'share' ? null : row.system,
    system_key: row.kind === 'share' ? null : row.systemKey,
    category: row.kind === 'share' ? null : row.category,
    status: row.kind === 'transfer' ? row.status : row.kind === 'production' ? row.status.consensus : null,
    year_min: years.length > 0 ? Math.min(...years) : null,
    year_max: years.length > 0 ? Math.max(...years) : null,
    conflict: row.conflicts.length > 0 ? 1 : 0,
    source_count: row.sources.length,
    first_reported: row.firstReported,
    last_reported: row.lastReported,
    data,
    digest: createHash('sha256').update(data).digest('hex'),
    updated_at: now,
  };
}

function parties(row: RegisterRow): { party_from: string | null; party_to: string | null } {
  if (row.kind === 'transfer') return { party_from: row.supplier.consensus, party_to: row.recipient };
  if (row.kind === 'production') return { party_from: row.licensor.consensus, party_to: row.country };
  return { party_from: row.counterpart, party_to: row.subject };
}

/** Every year a row's sources state; where they state none, the years it was reported in. */
function yearsOf(row: RegisterRow): number[] {
  const stated =
    row.kind === 'transfer'
      ? row.events.flatMap((event) => event.year.values.map((vote) => vote.value))
      : row.kind === 'production'
        ? row.year.values.map((vote) => vote.value)
        : [row.periodStart, row.periodEnd].filter((year) => year !== null);
  if (stated.length > 0) return stated;
  return [row.firstReported, row.lastReported]
    .filter((date) => date !== null)
    .map((date) => Number(date.slice(0, 4)));
}

function fromRow(row: { data: string; updated_at: string }): StoredRegisterRow {
  return { ...(JSON.parse(row.data) as RegisterRow), updatedAt: row.updated_at };
}
