/** Paging through the register for the read-only profiles. */
import type { RegisterFilter, StoredRegisterRow } from '../model/index.ts';
import type { Store } from '../store/index.ts';

/** How many deals, production lines, rows or reference deals a profile lists; totals say how many there are. */
export const TIMELINE_LIMIT = 100;
const PAGE = 1000;

/** Every register row matching the filter, a page at a time. */
export async function allRows(store: Store, filter: RegisterFilter): Promise<StoredRegisterRow[]> {
  const rows: StoredRegisterRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.register.list({ ...filter, limit: PAGE, offset });
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}
