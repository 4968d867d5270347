import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

/**
 * The review audit trail: one row per analyst decision on a fact, never updated or deleted.
 * No foreign key to facts: re-extraction replaces fact rows, and the trail must outlive them.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('fact_reviews')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('fact_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('fact_reviews_fact').on('fact_reviews').columns(['fact_id', 'id']).execute();
  await db.schema.createIndex('fact_reviews_reviewer').on('fact_reviews').column('reviewer').execute();
}
