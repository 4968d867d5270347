import { createHash } from 'node:crypto';
import type { RegisterKind } from '../model/index.ts';

const PREFIX: Record<RegisterKind, string> = { transfer: 't', production: 'p', share: 's' };

/** A row id from its key: the same key always gives the same id, whatever else is in the register. */
export function rowId(kind: RegisterKind, key: string): string {
  return `${PREFIX[kind]}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/**
 * Makes keys unique within a run: a key already taken gets `#2`, `#3`... Callers pass rows in the order of
 * their anchor's first report, so the earlier deal keeps the bare key.
 */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}

/** The key part of an optional value. */
export function part(value: string | number | null): string {
  return value === null ? '-' : String(value);
}
