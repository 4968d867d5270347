import { type Kysely, type Selectable, sql } from 'kysely';
import type { Article, ArticleSummary } from '../model/index.ts';
import type { ArticlesTable, Database } from './database.ts';
import type { DialectName } from './dialect.ts';

export interface ArticleQuery {
  search?: string | null;
  limit?: number;
  offset?: number;
}

/** Stored articles: insert, look up, list and full-text search. */
export interface ArticleRepository {
  insert(article: Article, bands: readonly string[]): Promise<void>;
  get(id: string): Promise<Article | null>;
  findByHash(contentHash: string): Promise<Article | null>;
  /** Ids of articles sharing at least one band, with how many bands each shares. */
  findByBands(bands: readonly string[]): Promise<{ id: string; shared: number }[]>;
  list(query: ArticleQuery): Promise<ArticleSummary[]>;
  count(query: ArticleQuery): Promise<number>;
}

export function articleRepository(db: Kysely<Database>, dialect: DialectName): ArticleRepository {
  return {
    async insert(article, bands) {
      await db.insertInto('articles').values(toRow(article)).execute();
      if (bands.length > 0) {
        await db
          .insertInto('article_bands')
          .values(bands.map((band) => ({ band, article_id: article.id })))
          .execute();
      }
    },
    async get(id) {
      const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async findByHash(contentHash) {
      const row = await db
        .selectFrom('articles')
        .selectAll()
        .where('content_hash', '=', contentHash)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async findByBands(bands) {
      if (bands.length === 0) return [];
      const rows = await db
        .selectFrom('article_bands')
        .select(['article_id', db.fn.countAll<number>().as('shared')])
        .where('band', 'in', [...bands])
        .groupBy('article_id')
        .execute();
      return rows.map((row) => ({ id: row.article_id, shared: Number(row.shared) }));
    },
    async list(query) {
      const rows = await searchable(db, dialect, query)
        .select([
          'articles.id',
          'articles.title',
          'articles.date',
          'articles.source',
          'articles.duplicate_of',
        ])
        .orderBy('articles.date', 'desc')
        .orderBy('articles.id')
        .limit(query.limit ?? 50)
        .offset(query.offset ?? 0)
        .execute();
      return rows.map((row) => ({ ...row }));
    },
    async count(query) {
      const row = await searchable(db, dialect, query)
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

function searchable(db: Kysely<Database>, dialect: DialectName, query: ArticleQuery) {
  const base = db.selectFrom('articles');
  const terms = searchTerms(query.search);
  if (terms.length === 0) return base;
  if (dialect === 'postgres') {
    return base.where(sql<boolean>`articles.search @@ plainto_tsquery('english', ${terms.join(' ')})`);
  }
  // Each term quoted, so user input is never read as FTS5 syntax.
  const match = terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
  return base.where(
    sql<boolean>`articles.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${match})`,
  );
}

function searchTerms(search: string | null | undefined): string[] {
  return (search ?? '').split(/\s+/).filter((term) => term.length > 0);
}

function toRow(article: Article): ArticlesTable {
  return {
    id: article.id,
    url: article.url,
    date: article.date,
    title: article.title,
    text: article.text,
    source: article.source,
    content_hash: article.contentHash,
    ingested_at: article.ingestedAt,
    duplicate_of: article.duplicateOf,
  };
}

function fromRow(row: Selectable<ArticlesTable>): Article {
  return {
    id: row.id,
    url: row.url,
    date: row.date,
    title: row.title,
    text: row.text,
    source: row.source,
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
    duplicateOf: row.duplicate_of,
  };
}
