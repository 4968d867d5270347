import type { Kysely, Selectable } from 'kysely';
import type { Fact, FactReview, ReviewAction } from '../model/index.ts';
import { chunks } from './batches.ts';
import type { Database, FactReviewsTable } from './database.ts';

/** A review as recorded, before the store gives it its id. */
export type NewFactReview = Omit<FactReview, 'id'>;

export interface ReviewQuery {
  factId?: string | null;
  reviewer?: string | null;
  action?: ReviewAction | null;
  limit?: number;
  offset?: number;
}

/** The audit trail of analyst decisions on facts: append-only. */
export interface ReviewRepository {
  /** Appends one review and returns it with the id the store gave it. */
  add(review: NewFactReview): Promise<FactReview>;
  /** One fact's reviews, oldest first. */
  listForFact(factId: string): Promise<FactReview[]>;
  /** The trail, newest first, optionally narrowed to one fact, reviewer or action. */
  list(query: ReviewQuery): Promise<FactReview[]>;
  count(query: ReviewQuery): Promise<number>;
  /** The latest review of each of these facts, or of every reviewed fact when none are named: what resolution applies. */
  latest(factIds?: readonly string[]): Promise<FactReview[]>;
}

// Stays well under SQLite's bound-parameter limit.
const CHUNK = 500;

export function reviewRepository(db: Kysely<Database>): ReviewRepository {
  const filtered = (query: ReviewQuery) => {
    let select = db.selectFrom('fact_reviews');
    if (query.factId) select = select.where('fact_id', '=', query.factId);
    if (query.reviewer) select = select.where('reviewer', '=', query.reviewer);
    if (query.action) select = select.where('action', '=', query.action);
    return select;
  };
  const latestOf = async (factIds: readonly string[] | null) => {
    let select = db
      .selectFrom('fact_reviews as r')
      .selectAll('r')
      .where(({ eb, selectFrom }) =>
        eb(
          'r.id',
          '=',
          selectFrom('fact_reviews as newer')
            .select(({ fn }) => fn.max('newer.id').as('id'))
            .whereRef('newer.fact_id', '=', 'r.fact_id'),
        ),
      );
    if (factIds) select = select.where('r.fact_id', 'in', [...factIds]);
    return (await select.orderBy('r.fact_id').execute()).map(fromRow);
  };

  return {
    async add(review) {
      const { id } = await db
        .insertInto('fact_reviews')
        .values(toRow(review))
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: Number(id), ...review };
    },
    async listForFact(factId) {
      const rows = await db
        .selectFrom('fact_reviews')
        .selectAll()
        .where('fact_id', '=', factId)
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },
    async list(query) {
      const rows = await filtered(query)
        .selectAll()
        .orderBy('id', 'desc')
        .limit(query.limit ?? 50)
        .offset(query.offset ?? 0)
        .execute();
      return rows.map(fromRow);
    },
    async count(query) {
      const row = await filtered(query).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async latest(factIds) {
      if (factIds === undefined) return latestOf(null);
      const found: FactReview[] = [];
      for (const part of chunks(factIds, CHUNK)) found.push(...(await latestOf(part)));
      return found;
    },
  };
}

function toRow(review: NewFactReview): Omit<FactReviewsTable, 'id'> {
  return {
    fact_id: review.factId,
    action: review.action,
    reviewer: review.reviewer,
    at: review.at,
    before: JSON.stringify(review.before),
    after: review.after === null ? null : JSON.stringify(review.after),
    note: review.note,
  };
}

function fromRow(row: Selectable<FactReviewsTable>): FactReview {
  return {
    id: Number(row.id),
    factId: row.fact_id,
    action: row.action as ReviewAction,
    reviewer: row.reviewer,
    at: row.at,
    before: JSON.parse(row.before) as Fact,
    after: row.after === null ? null : (JSON.parse(row.after) as Fact),
    note: row.note,
  };
}
