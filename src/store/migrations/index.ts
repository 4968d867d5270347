import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.ts';
import * as m001 from './001_articles_facts.ts';
import * as m002 from './002_reference.ts';
import * as m003 from './003_register.ts';
import * as m004 from './004_reviews.ts';
import * as m005 from './005_register_reads.ts';
import * as m006 from './006_profile_reads.ts';

type DialectMigration = { up(db: Kysely<unknown>, dialect: DialectName): Promise<void> };

/** Every migration in order; a new one is appended with the next number, never edited once released. */
const MIGRATIONS: Record<string, DialectMigration> = {
  '001_articles_facts': m001,
  '002_reference': m002,
  '003_register': m003,
  '004_reviews': m004,
  '005_register_reads': m005,
  '006_profile_reads': m006,
};

/** Hands Kysely's Migrator the migrations, each bound to the dialect it runs on. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      const bound: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(MIGRATIONS)) {
        bound[name] = { up: (db) => migration.up(db, dialect) };
      }
      return bound;
    },
  };
}
