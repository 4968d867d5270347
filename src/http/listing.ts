import { AppError } from '../errors.ts';
import type { Params } from './params.ts';

/** Where a page sits in a listing: `limit` and `offset`, which every paged route takes. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/** A page of a listing, as the API answers it (`page()` in schemas.ts describes it). */
export interface Page<T> extends PageWindow {
  total: number;
  items: T[];
}

/** The page a request asks for: both parameters have defaults, so both are always there. */
export function pageWindow(params: Params): PageWindow {
  return { limit: params.int('limit')!, offset: params.int('offset')! };
}

/** Counts the whole listing and reads one page of it, at the same time. */
export async function readPage<Q extends PageWindow, T>(
  query: Q,
  count: (query: Q) => Promise<number>,
  list: (query: Q) => Promise<T[]>,
): Promise<Page<T>> {
  const [total, items] = await Promise.all([count(query), list(query)]);
  return { total, limit: query.limit, offset: query.offset, items };
}

/** The item a route looked up by id, or a not_found error naming what is missing. */
export function found<T>(item: T | null | undefined, what: string, id: string): T {
  if (item === null || item === undefined) throw new AppError('not_found', `no ${what} with id "${id}"`);
  return item;
}
