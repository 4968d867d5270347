import type { Kysely } from 'kysely';
import type { DeliveryTotal } from '../model/index.ts';
import type { Database } from './database.ts';

/** Narrows delivery counts: deliveries whose year lies in [fromYear, toYear]. */
export interface DeliveryCountFilter {
  supplier?: string | null;
  recipient?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/** Deliveries as the resolved register states them (kept by triggers beside register_rows, migration 005). */
export interface DeliveryRepository {
  /**
   * Deals delivering in each year, by consensus supplier and recipient (`unknown` where the register has
   * none): each delivery year of each deal counts once. The register already folds near-duplicate articles
   * and applies reviews, so these are the count-based news figures.
   */
  counts(filter?: DeliveryCountFilter): Promise<DeliveryTotal[]>;
}

export function deliveryRepository(db: Kysely<Database>): DeliveryRepository {
  return {
    async counts(filter = {}) {
      let query = db
        .selectFrom('register_deliveries')
        .select(({ fn }) => [
          fn.coalesce('supplier', (eb) => eb.val('unknown')).as('supplier'),
          fn.coalesce('recipient', (eb) => eb.val('unknown')).as('recipient'),
          'year',
          fn.count<number>('row_id').distinct().as('value'),
        ])
        .groupBy(['supplier', 'recipient', 'year']);
      if (filter.supplier) query = query.where('supplier', '=', filter.supplier);
      if (filter.recipient) query = query.where('recipient', '=', filter.recipient);
      if (filter.fromYear != null) query = query.where('year', '>=', filter.fromYear);
      if (filter.toYear != null) query = query.where('year', '<=', filter.toYear);
      const rows = await query.execute();
      return rows.map((row) => ({
        supplier: String(row.supplier),
        recipient: String(row.recipient),
        year: Number(row.year),
        value: Number(row.value),
      }));
    },
  };
}
