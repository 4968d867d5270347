/** The two backends: SQLite embedded (the default) and PostgreSQL for a team server. */
export type DialectName = 'sqlite' | 'postgres';

/** Tells the backend from a `--db` value: a postgres:// URL, else a SQLite file path. */
export function dialectOf(location: string): DialectName {
  return /^postgres(ql)?:\/\//i.test(location) ? 'postgres' : 'sqlite';
}
