import { AppError } from './errors.ts';

/** Every setting armswatch reads from the environment, with its default and help. The only reader of process.env. */
export const SETTINGS = {
  db: { env: 'ARMSWATCH_DB', default: './armswatch.db', help: 'SQLite file path, or a postgres:// URL' },
  maxArticleBytes: {
    env: 'ARMSWATCH_MAX_ARTICLE_BYTES',
    default: String(5 * 1024 * 1024),
    help: 'largest article (file, feed item or download) accepted, in bytes',
  },
  token: {
    env: 'ARMSWATCH_TOKEN',
    default: '',
    help: 'token required for review actions and ingest-by-URL when serving beyond loopback',
  },
  testPostgresUrl: {
    env: 'ARMSWATCH_TEST_PG_URL',
    default: '',
    help: 'PostgreSQL URL that the test suite also runs the store tests against',
  },
} as const;

export type SettingName = keyof typeof SETTINGS;

/** Resolves a setting: the flag value when given, else the environment, else the default. */
export function setting(name: SettingName, flag?: string | number | null): string {
  if (flag !== undefined && flag !== null && flag !== '') return String(flag);
  const fromEnv = process.env[SETTINGS[name].env];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : SETTINGS[name].default;
}

/** Resolves a setting that must be a positive whole number. */
export function numericSetting(name: SettingName, flag?: string | number | null): number {
  const raw = setting(name, flag);
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new AppError(
      'config',
      `${SETTINGS[name].env} (or its flag) must be a positive whole number, got "${raw}"`,
    );
  }
  return value;
}

/** True when stdout is a terminal, which decides whether progress bars are drawn. */
export function isInteractive(): boolean {
  return Boolean(process.stdout.isTTY) && process.env.CI === undefined;
}
