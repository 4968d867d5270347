import type { Kysely } from 'kysely';

/**
 * Register rows as resolution writes them: the whole row as JSON, plus the columns that the register's
 * filters and sorts use; and which articles each row cites, to find the rows of an article.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('register_rows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('group_key', 'text', (c) => c.notNull())
    .addColumn('party_from', 'text')
    .addColumn('party_to', 'text')
    .addColumn('system', 'text')
    .addColumn('system_key', 'text')
    .addColumn('category', 'text')
    .addColumn('status', 'text')
    .addColumn('year_min', 'integer')
    .addColumn('year_max', 'integer')
    .addColumn('conflict', 'integer', (c) => c.notNull())
    .addColumn('source_count', 'integer', (c) => c.notNull())
    .addColumn('first_reported', 'text')
    .addColumn('last_reported', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('register_rows').columns(columns).execute();
  await index('register_rows_group', ['group_key']);
  await index('register_rows_to', ['kind', 'party_to']);
  await index('register_rows_from', ['kind', 'party_from']);
  await index('register_rows_system', ['kind', 'system_key']);
  await index('register_rows_years', ['kind', 'year_min', 'year_max']);
  await index('register_rows_reported', ['kind', 'last_reported']);

  await db.schema
    .createTable('register_sources')
    .addColumn('row_id', 'text', (c) => c.notNull().references('register_rows.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_sources_pk', ['row_id', 'article_id'])
    .execute();
  await db.schema
    .createIndex('register_sources_article')
    .on('register_sources')
    .column('article_id')
    .execute();
}
