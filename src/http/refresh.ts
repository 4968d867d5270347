import { type RefreshScope, type RefreshSummary, refreshRegister } from '../pipeline/resolve.ts';
import type { Store } from '../store/index.ts';

const running = new WeakMap<Store, Promise<unknown>>();

/**
 * Refreshes the register rows that the scope's articles touch after a review, one refresh at a time per
 * store (two concurrent requests would otherwise both rewrite the same rows), then lets the database
 * update its statistics.
 */
export function refreshAfterChange(store: Store, now: Date, scope: RefreshScope): Promise<RefreshSummary> {
  const previous = running.get(store) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const summary = await refreshRegister(store, now, scope);
      await store.optimize();
      return summary;
    });
  running.set(store, next);
  return next;
}
