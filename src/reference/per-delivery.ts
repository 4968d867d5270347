import type { ReferenceDeal, ReferenceDelivery } from '../model/index.ts';
import { categoryFromDescription, categoryFromSipri } from './categories.ts';
import type { CsvRecord } from './csv.ts';
import { FieldReader } from './fields.ts';
import { dealParties } from './parties.ts';

/** The per-delivery export's 17 columns (each line also ends in a stray `;`, dropped before matching). */
export const PER_DELIVERY_COLUMNS = [
  'SIPRI AT Database ID',
  'Supplier',
  'Recipient',
  'Designation',
  'Description',
  'Armament category',
  'Order date',
  'Order date is estimate',
  'Numbers delivered',
  'Numbers delivered is estimate',
  'Delivery year',
  'Delivery year is estimate',
  'Status',
  'SIPRI estimate',
  'TIV deal unit',
  'TIV delivery values',
  'Local production',
] as const;

const COLUMN = {
  id: 0,
  supplier: 1,
  recipient: 2,
  designation: 3,
  description: 4,
  category: 5,
  orderYear: 6,
  orderYearEstimated: 7,
  delivered: 8,
  deliveredEstimated: 9,
  year: 10,
  yearEstimated: 11,
  status: 12,
  tivPerUnit: 14,
  tiv: 15,
  localProduction: 16,
} as const;

/** Drops the `;` SIPRI appends to every line of this export. */
export function withoutTrailingSemicolon(fields: readonly string[]): string[] {
  const last = fields.at(-1);
  return last?.endsWith(';') ? [...fields.slice(0, -1), last.slice(0, -1)] : [...fields];
}

/** Groups the rows (one per deal and delivery year) by SIPRI's deal id into deals with their deliveries. */
export function perDeliveryDeals(records: readonly CsvRecord[], fileName: string): ReferenceDeal[] {
  const deals = new Map<string, ReferenceDeal>();
  for (const record of records) {
    const reader = new FieldReader(
      fileName,
      record.line,
      withoutTrailingSemicolon(record.fields),
      PER_DELIVERY_COLUMNS,
    );
    reader.checkWidth();
    const id = reader.text(COLUMN.id);
    if (!/^\d+$/.test(id)) throw reader.problem(`"${id}" is not a SIPRI deal id`);
    const known = deals.get(id);
    const deal = known ?? dealOf(reader, id);
    if (known) checkSameDeal(reader, known);
    addDelivery(deal, deliveryOf(reader));
    deals.set(id, deal);
  }
  return [...deals.values()];
}

function dealOf(reader: FieldReader, dealId: string): ReferenceDeal {
  const parties = dealParties(reader, COLUMN);
  const description = reader.text(COLUMN.description);
  const sipriCategory = reader.text(COLUMN.category);
  const category =
    sipriCategory === '' ? categoryFromDescription(description) : categoryFromSipri(sipriCategory);
  if (category === null) throw reader.problem(`unknown armament category "${sipriCategory}"`);
  return {
    dealId,
    ...parties,
    designation: reader.text(COLUMN.designation),
    description,
    category,
    orderYear: reader.year(COLUMN.orderYear),
    orderYearEstimated: reader.yesNo(COLUMN.orderYearEstimated, false) ?? false,
    quantityOrdered: null,
    quantityOrderedEstimated: false,
    quantityDelivered: null,
    deliveries: [],
    status: reader.text(COLUMN.status),
    comments: null,
    tivPerUnit: reader.number(COLUMN.tivPerUnit),
    tivTotal: null,
    tivDelivered: null,
    localProduction: reader.yesNo(COLUMN.localProduction, null),
  };
}

function deliveryOf(reader: FieldReader): ReferenceDelivery {
  const year = reader.year(COLUMN.year);
  if (year === null) throw reader.problem('the delivery year is empty');
  const estimated =
    (reader.yesNo(COLUMN.deliveredEstimated, false) ?? false) ||
    (reader.yesNo(COLUMN.yearEstimated, false) ?? false);
  return { year, quantity: reader.number(COLUMN.delivered), tiv: reader.number(COLUMN.tiv), estimated };
}

/** Sums the delivery into the deal; two rows for the same year are one delivery. */
function addDelivery(deal: ReferenceDeal, delivery: ReferenceDelivery): void {
  const sameYear = deal.deliveries.find((existing) => existing.year === delivery.year);
  if (sameYear) {
    sameYear.quantity = sum(sameYear.quantity, delivery.quantity);
    sameYear.tiv = roundTiv(sum(sameYear.tiv, delivery.tiv));
    sameYear.estimated ||= delivery.estimated;
  } else {
    deal.deliveries.push(delivery);
    deal.deliveries.sort((a, b) => a.year - b.year);
  }
  deal.quantityDelivered = sum(deal.quantityDelivered, delivery.quantity);
  deal.tivDelivered = roundTiv(sum(deal.tivDelivered, delivery.tiv));
}

function checkSameDeal(reader: FieldReader, deal: ReferenceDeal): void {
  const supplier = reader.text(COLUMN.supplier);
  const recipient = reader.text(COLUMN.recipient);
  if (supplier !== deal.supplierName || recipient !== deal.recipientName) {
    throw reader.problem(
      `deal ${deal.dealId} is ${deal.supplierName} -> ${deal.recipientName} on an earlier line but ${supplier} -> ${recipient} here`,
    );
  }
}

function sum(total: number | null, value: number | null): number | null {
  if (value === null) return total;
  return (total ?? 0) + value;
}

/** Keeps sums of decimals such as 0.1 + 0.2 at SIPRI's precision. */
function roundTiv(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}
