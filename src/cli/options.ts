import type { Command } from 'commander';
import { setting } from '../config.ts';
import { AppError } from '../errors.ts';
import { openStore, type Store } from '../store/index.ts';

/** Opens the store named by the global `--db` option (or ARMSWATCH_DB, or ./armswatch.db). */
export function storeFor(command: Command): Promise<Store> {
  return openStore(setting('db', command.optsWithGlobals().db));
}

/** Runs work against the store and always closes it. */
export async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await storeFor(command);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Parses a whole-number option, naming the option in the error. */
export function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new AppError('usage', `${name} must be a whole number, got "${raw}"`);
  }
  return value;
}

/** Checks a `--format` value against the formats a command offers. */
export function formatOption<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new AppError('usage', `--format must be one of ${allowed.join(', ')}, got "${raw}"`);
}
