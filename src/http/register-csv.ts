import { stringify } from 'csv-stringify/sync';
import { inertCell, REGISTER_COLUMNS, registerRecord } from '../analyse/register-export.ts';
import type { RegisterFilter } from '../model/index.ts';
import type { Store } from '../store/index.ts';

const PAGE = 1000;

/**
 * The filtered register as CSV, one kind at a time (transfers unless the filter names another), in the
 * columns of `armswatch register --format csv`.
 */
export async function registerCsv(store: Store, filter: RegisterFilter): Promise<string> {
  const kind = filter.kind ?? 'transfer';
  const records: unknown[][] = [REGISTER_COLUMNS[kind]];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.register.list({ ...filter, kind, limit: PAGE, offset });
    records.push(...rows.map((row) => registerRecord(row).map(inertCell)));
    if (rows.length < PAGE) break;
  }
  return stringify(records);
}
