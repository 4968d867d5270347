import type { Store } from '../store/index.ts';

/** What the HTTP app and the dashboard need from outside: built once by `armswatch serve`, or by a test. */
export interface AppDeps {
  store: Store;
  /** The token that review actions and ingest-by-URL require, or null where none is required (loopback only). */
  token: string | null;
  /** The clock, injected so tests and reruns are deterministic. */
  now: () => Date;
}
