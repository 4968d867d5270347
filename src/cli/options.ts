import type { Command } from 'commander';
import { setting } from '../config.ts';
import { countryByIso3, findCountry } from '../countries/index.ts';
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

/** Checks an option's value against the values it takes; null when the option is absent. */
export function choiceOption<T extends string>(
  flag: string,
  raw: string | undefined,
  allowed: readonly T[],
): T | null {
  if (raw === undefined) return null;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new AppError('usage', `${flag} must be one of ${allowed.join(', ')}, got "${raw}"`);
}

/** Checks a `--format` value against the formats a command offers. */
export function formatOption<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  return choiceOption('--format', raw, allowed) ?? fallback;
}

/** `--from` and `--to` as years, the first not after the second. */
export function yearRange(flags: { from?: string; to?: string }): { from: number | null; to: number | null } {
  const from = flags.from === undefined ? null : wholeNumber('--from', flags.from, 0);
  const to = flags.to === undefined ? null : wholeNumber('--to', flags.to, 0);
  if (from !== null && to !== null && from > to)
    throw new AppError('usage', `--from ${from} is after --to ${to}`);
  return { from, to };
}

/** An ISO3 code or a country's name, or a party code as stored (`non-state:Houthis`, `org:NATO`, `unknown`). */
export function partyOption(flag: string, raw: string | undefined): string | null {
  if (raw === undefined) return null;
  if (/^(non-state|org):.+$/.test(raw) || raw === 'unknown') return raw;
  const country = countryByIso3(raw) ?? findCountry(raw);
  if (!country)
    throw new AppError('usage', `${flag} must be a country (ISO3 code such as IND, or a name), got "${raw}"`);
  return country.iso3;
}
