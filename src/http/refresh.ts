import { type RefreshSummary, refreshRegister } from '../pipeline/resolve.ts';
import type { Store } from '../store/index.ts';

const running = new WeakMap<Store, Promise<unknown>>();

/**
 * Refreshes the register after a review or an ingest, one refresh at a time per store (two concurrent
 * requests would otherwise both rewrite the same rows), then lets the database update its statistics.
 */
export function refreshAfterChange(store: Store, now: Date): Promise<RefreshSummary> {
  const previous = running.get(store) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const summary = await refreshRegister(store, now);
      await store.optimize();
      return summary;
    });
  running.set(store, next);
  return next;
}
