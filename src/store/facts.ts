import type { Kysely, Selectable } from 'kysely';
import type { Fact, FactType, ReviewAction, Span, StoredFact } from '../model/index.ts';
import { chunks, groupBy } from './batches.ts';
import type { Database, FactEvidenceTable, FactsTable } from './database.ts';

/** Narrows a fact listing; every filter is optional. */
export interface FactFilter {
  type?: FactType | null;
  /** Either party: transfer supplier or recipient, production country or licensor, share subject or counterpart. */
  country?: string | null;
  system?: string | null;
  category?: string | null;
  status?: string | null;
  articleId?: string | null;
  /** `unreviewed`, or the action of the fact's latest review. */
  review?: 'unreviewed' | ReviewAction | null;
  limit?: number;
  offset?: number;
}

// Rows per multi-row INSERT: 11 columns x 400 stays under SQLite's bound-parameter limit.
const INSERT_CHUNK = 400;

/** Facts extracted from articles, with their evidence spans. */
export interface FactRepository {
  /** Replaces every fact of an article by these, in order; their ids are `<articleId>#<index>`. */
  replaceForArticle(articleId: string, facts: readonly Fact[]): Promise<StoredFact[]>;
  listForArticle(articleId: string): Promise<StoredFact[]>;
  get(id: string): Promise<StoredFact | null>;
  /** Every fact, in article then index order, in pages (for resolution over the whole store). */
  listAll(options: { afterId?: string | null; limit: number }): Promise<StoredFact[]>;
  count(): Promise<number>;
  /** Facts matching a filter, in article then index order. */
  query(filter: FactFilter): Promise<StoredFact[]>;
  countQuery(filter: FactFilter): Promise<number>;
  /** Inserts already-numbered facts of articles that have none yet, many rows per statement (bulk loads). */
  insertMany(stored: readonly StoredFact[]): Promise<void>;
}

export function factRepository(db: Kysely<Database>): FactRepository {
  const withEvidence = async (rows: Selectable<FactsTable>[]): Promise<StoredFact[]> => {
    if (rows.length === 0) return [];
    const spans = await db
      .selectFrom('fact_evidence')
      .selectAll()
      .where(
        'fact_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('fact_id')
      .orderBy('ordinal')
      .execute();
    const byFact = groupBy(
      spans,
      (span) => span.fact_id,
      (span): Span => ({ start: span.start, end: span.end }),
    );
    return rows.map((row) => fromRow(row, byFact.get(row.id) ?? []));
  };

  return {
    async replaceForArticle(articleId, facts) {
      await db.deleteFrom('facts').where('article_id', '=', articleId).execute();
      const stored = facts.map((fact, index) => ({ id: `${articleId}#${index}`, articleId, index, fact }));
      if (stored.length === 0) return stored;
      await db.insertInto('facts').values(stored.map(toRow)).execute();
      const spans = evidenceRows(stored);
      if (spans.length > 0) await db.insertInto('fact_evidence').values(spans).execute();
      return stored;
    },
    async listForArticle(articleId) {
      const rows = await db
        .selectFrom('facts')
        .selectAll()
        .where('article_id', '=', articleId)
        .orderBy('idx')
        .execute();
      return withEvidence(rows);
    },
    async get(id) {
      const rows = await db.selectFrom('facts').selectAll().where('id', '=', id).execute();
      return (await withEvidence(rows))[0] ?? null;
    },
    async listAll({ afterId, limit }) {
      let query = db.selectFrom('facts').selectAll().orderBy('id').limit(limit);
      if (afterId) query = query.where('id', '>', afterId);
      return withEvidence(await query.execute());
    },
    async count() {
      const row = await db
        .selectFrom('facts')
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async query(filter) {
      const rows = await filtered(db, filter)
        .selectAll('facts')
        .orderBy('facts.article_id')
        .orderBy('facts.idx')
        .limit(filter.limit ?? 50)
        .offset(filter.offset ?? 0)
        .execute();
      return withEvidence(rows);
    },
    async countQuery(filter) {
      const row = await filtered(db, filter)
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async insertMany(stored) {
      for (const chunk of chunks(stored, INSERT_CHUNK)) {
        await db.insertInto('facts').values(chunk.map(toRow)).execute();
        for (const spans of chunks(evidenceRows(chunk), INSERT_CHUNK))
          await db.insertInto('fact_evidence').values(spans).execute();
      }
    },
  };
}

function filtered(db: Kysely<Database>, filter: FactFilter) {
  let query = db.selectFrom('facts');
  if (filter.type) query = query.where('facts.type', '=', filter.type);
  if (filter.system) query = query.where('facts.system', '=', filter.system);
  if (filter.category) query = query.where('facts.category', '=', filter.category);
  if (filter.status) query = query.where('facts.status', '=', filter.status);
  if (filter.articleId) query = query.where('facts.article_id', '=', filter.articleId);
  const country = filter.country;
  if (country)
    query = query.where((eb) => eb.or([eb('party_from', '=', country), eb('party_to', '=', country)]));
  const review = filter.review;
  if (review === 'unreviewed') {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('fact_reviews')
            .select('fact_reviews.id')
            .whereRef('fact_reviews.fact_id', '=', 'facts.id'),
        ),
      ),
    );
  } else if (review) {
    query = query.where(({ eb, selectFrom }) =>
      eb(
        selectFrom('fact_reviews')
          .select('fact_reviews.action')
          .whereRef('fact_reviews.fact_id', '=', 'facts.id')
          .orderBy('fact_reviews.id', 'desc')
          .limit(1),
        '=',
        review,
      ),
    );
  }
  return query;
}

function toRow(stored: StoredFact): FactsTable {
  const { evidence: _evidence, ...data } = stored.fact;
  const fact = stored.fact;
  const keys =
    fact.type === 'transfer'
      ? { party_from: fact.supplier, party_to: fact.recipient, status: fact.status, year: fact.year }
      : fact.type === 'production'
        ? { party_from: fact.licensor, party_to: fact.country, status: fact.status, year: fact.year }
        : { party_from: fact.counterpart, party_to: fact.subject, status: fact.role, year: fact.period_end };
  return {
    id: stored.id,
    article_id: stored.articleId,
    idx: stored.index,
    type: fact.type,
    data: JSON.stringify(data),
    system: fact.type === 'share' ? null : fact.system,
    category: fact.type === 'share' ? null : fact.category,
    ...keys,
  };
}

function evidenceRows(stored: readonly StoredFact[]): FactEvidenceTable[] {
  return stored.flatMap((s) =>
    s.fact.evidence.map((span, ordinal) => ({ fact_id: s.id, ordinal, start: span.start, end: span.end })),
  );
}

function fromRow(row: Selectable<FactsTable>, evidence: Span[]): StoredFact {
  const fact = { ...JSON.parse(row.data), evidence } as Fact;
  return { id: row.id, articleId: row.article_id, index: row.idx, fact };
}
