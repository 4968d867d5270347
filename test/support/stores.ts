import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/index.ts';

/** The backends the store tests run against: SQLite always, PostgreSQL when ARMSWATCH_TEST_PG_URL is set. */
export function backends(): ('sqlite' | 'postgres')[] {
  return process.env.ARMSWATCH_TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestStore {
  store: Store;
  /** The `--db` value that opens this same store again (a file path or a postgres URL). */
  location: string;
  dispose(): Promise<void>;
}

/** Makes an empty store of the given backend: a temporary SQLite file, or a fresh PostgreSQL database. */
export async function freshStore(backend: 'sqlite' | 'postgres'): Promise<TestStore> {
  const location = backend === 'sqlite' ? freshSqlitePath() : await freshPostgresDatabase();
  const store = await openStore(location);
  return {
    store,
    location,
    async dispose() {
      await store.close();
      if (backend === 'postgres') await dropPostgresDatabase(location);
    },
  };
}

/** A path for a SQLite file in a temporary folder of its own. */
export function freshSqlitePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'armswatch-test-')), 'test.db');
}

/** Creates an empty PostgreSQL database beside the one in ARMSWATCH_TEST_PG_URL and returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const admin = process.env.ARMSWATCH_TEST_PG_URL ?? '';
  const name = `armswatch_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropPostgresDatabase(location: string): Promise<void> {
  const name = new URL(location).pathname.slice(1);
  const client = new pg.Client({ connectionString: process.env.ARMSWATCH_TEST_PG_URL ?? '' });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

/** Removes a temporary SQLite folder made by freshSqlitePath. */
export function removeSqlite(path: string): void {
  rmSync(join(path, '..'), { recursive: true, force: true });
}
