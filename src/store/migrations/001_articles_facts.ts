import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.ts';

/** Articles with full-text search, near-duplicate bands, facts and their evidence spans. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text')
    .addColumn('date', 'text')
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'text', (c) => c.references('articles.id'))
    .execute();
  await db.schema.createIndex('articles_date').on('articles').column('date').execute();
  await db.schema.createIndex('articles_duplicate_of').on('articles').column('duplicate_of').execute();

  await db.schema
    .createTable('article_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('article_bands_band').on('article_bands').column('band').execute();

  await db.schema
    .createTable('facts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('party_from', 'text')
    .addColumn('party_to', 'text')
    .addColumn('system', 'text')
    .addColumn('category', 'text')
    .addColumn('status', 'text')
    .addColumn('year', 'integer')
    .execute();
  await db.schema.createIndex('facts_article').on('facts').column('article_id').execute();
  await db.schema
    .createIndex('facts_parties')
    .on('facts')
    .columns(['type', 'party_to', 'party_from'])
    .execute();

  await db.schema
    .createTable('fact_evidence')
    .addColumn('fact_id', 'text', (c) => c.notNull().references('facts.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('fact_evidence_pk', ['fact_id', 'ordinal'])
    .execute();

  if (dialect === 'sqlite') await createSqliteSearch(db);
  else await createPostgresSearch(db);
}

async function createSqliteSearch(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid')`.execute(
    db,
  );
  await sql`CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END`.execute(db);
  await sql`CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END`.execute(
    db,
  );
  await sql`CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END`.execute(db);
}

async function createPostgresSearch(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`.execute(db);
  await sql`CREATE INDEX articles_search ON articles USING gin (search)`.execute(db);
}
