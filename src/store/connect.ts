import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../errors.ts';
import type { Database } from './database.ts';
import { type DialectName, dialectOf } from './dialect.ts';

// COUNT(*) and BIGINT arrive as strings from pg by default; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => Number(value));

export interface Connection {
  db: Kysely<Database>;
  dialect: DialectName;
}

/** Opens a Kysely connection to a SQLite file or a PostgreSQL URL. */
export function connect(location: string): Connection {
  const dialect = dialectOf(location);
  if (dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: location, max: 8 });
    // An idle connection the server ends (a restart, an administrator) is dropped from the pool and the next
    // query opens a new one; unhandled, pg's error event would end the whole process instead.
    pool.on('error', () => undefined);
    return { dialect, db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }) };
  }
  return {
    dialect,
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(location) }) }),
  };
}

function openSqlite(path: string): SQLite.Database {
  let database: SQLite.Database;
  try {
    database = new SQLite(path);
  } catch (error) {
    throw new AppError('config', `${path}: cannot open the SQLite database (${(error as Error).message})`);
  }
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return database;
}
