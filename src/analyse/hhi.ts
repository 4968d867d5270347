import type { DeliveryTotal } from '../model/index.ts';

/**
 * The Herfindahl-Hirschman index of values: the sum of squared percentage shares, from near 0 (spread over
 * many) to 10000 (one holds everything); 0 when there is nothing.
 */
export function hhi(values: readonly number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum <= 0) return 0;
  return values.reduce((total, value) => total + ((100 * value) / sum) ** 2, 0);
}

/** The usual reading of an HHI: below 1500 unconcentrated, up to 2500 moderately, above highly concentrated. */
export function concentrationLabel(index: number): 'unconcentrated' | 'moderate' | 'high' {
  if (index < 1500) return 'unconcentrated';
  return index <= 2500 ? 'moderate' : 'high';
}

/**
 * How concentrated each importer's suppliers are: importer -> HHI over its suppliers' delivered values.
 * Unknown suppliers count as one supplier, as SIPRI lists them under one name.
 */
export function supplierConcentration(totals: readonly DeliveryTotal[]): Map<string, number> {
  const bySupplier = new Map<string, Map<string, number>>();
  for (const total of totals) {
    const suppliers = bySupplier.get(total.recipient) ?? new Map<string, number>();
    suppliers.set(total.supplier, (suppliers.get(total.supplier) ?? 0) + total.value);
    bySupplier.set(total.recipient, suppliers);
  }
  return new Map([...bySupplier].map(([importer, suppliers]) => [importer, hhi([...suppliers.values()])]));
}
