import { type Kysely, Migrator, sql } from 'kysely';
import { AppError } from '../errors.ts';
import { type ArticleRepository, articleRepository } from './articles.ts';
import { connect } from './connect.ts';
import type { Database } from './database.ts';
import { type DeliveryRepository, deliveryRepository } from './deliveries.ts';
import type { DialectName } from './dialect.ts';
import { type FactRepository, factRepository } from './facts.ts';
import { migrationProvider } from './migrations/index.ts';
import { type ReferenceRepository, referenceRepository } from './reference.ts';
import { type RegisterRepository, registerRepository } from './register.ts';
import { type ReviewRepository, reviewRepository } from './reviews.ts';

export type { ArticleQuery, ArticleRepository } from './articles.ts';
export type { DeliveryCountFilter, DeliveryRepository } from './deliveries.ts';
export type { DialectName } from './dialect.ts';
export type { FactRepository } from './facts.ts';
export type { DeliveryTotalFilter, ReferenceDealFilter, ReferenceRepository } from './reference.ts';
export type { RegisterRepository, RegisterSyncResult } from './register.ts';
export type { NewFactReview, ReviewQuery, ReviewRepository } from './reviews.ts';

/** The repositories every stage's data goes through; the rest of armswatch never sees SQL. */
export interface Repositories {
  readonly articles: ArticleRepository;
  readonly deliveries: DeliveryRepository;
  readonly facts: FactRepository;
  readonly reference: ReferenceRepository;
  readonly register: RegisterRepository;
  readonly reviews: ReviewRepository;
}

export interface Store extends Repositories {
  readonly dialect: DialectName;
  /** Runs `work` in one transaction: all of its writes land, or none. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Refreshes the query planner's statistics after large writes (a register refresh, a bulk load). */
  optimize(): Promise<void>;
  close(): Promise<void>;
}

function repositories(db: Kysely<Database>, dialect: DialectName): Repositories {
  return {
    articles: articleRepository(db, dialect),
    deliveries: deliveryRepository(db),
    facts: factRepository(db),
    reference: referenceRepository(db),
    register: registerRepository(db, dialect),
    reviews: reviewRepository(db),
  };
}

/** Opens (creating and migrating as needed) the store at a SQLite path or a postgres:// URL. */
export async function openStore(location: string): Promise<Store> {
  const { db, dialect } = connect(location);
  await migrate(db, dialect, location);
  return {
    dialect,
    ...repositories(db, dialect),
    transaction: (work) => db.transaction().execute((trx) => work(repositories(trx, dialect))),
    // Without statistics SQLite sorts a whole table where an index would hand it the page (docs/api.md).
    optimize: async () => {
      await sql.raw(dialect === 'sqlite' ? 'PRAGMA optimize=0x10002' : 'ANALYZE').execute(db);
    },
    close: async () => {
      // SQLite's advice: optimize before closing, so the next reader finds statistics for what was written.
      if (dialect === 'sqlite') await sql.raw('PRAGMA optimize').execute(db);
      await db.destroy();
    },
  };
}

async function migrate(db: Kysely<Database>, dialect: DialectName, location: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('config', `${redact(location)}: cannot prepare the database (${reason})`);
  }
}

function redact(location: string): string {
  return location.replace(/\/\/[^@/]*@/, '//***@');
}
