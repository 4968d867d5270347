import { createHash } from 'node:crypto';
import type { ReferenceDeal, ReferenceDelivery } from '../model/index.ts';
import { categoryFromDescription } from './categories.ts';
import type { CsvRecord } from './csv.ts';
import { FieldReader } from './fields.ts';
import { dealParties } from './parties.ts';

/** The Trade Register's 16 columns; the three blank ones hold `?` uncertainty flags. */
export const TRADE_REGISTER_COLUMNS = [
  'Recipient',
  'Supplier',
  'Year of order',
  '',
  'Number ordered',
  '',
  'Weapon designation',
  'Weapon description',
  'Number delivered',
  '',
  'Year(s) of delivery',
  'status',
  'Comments',
  'SIPRI TIV per unit',
  'SIPRI TIV for total order',
  'SIPRI TIV of delivered weapons',
] as const;

const COLUMN = {
  recipient: 0,
  supplier: 1,
  orderYear: 2,
  orderYearFlag: 3,
  ordered: 4,
  orderedFlag: 5,
  designation: 6,
  description: 7,
  delivered: 8,
  deliveredFlag: 9,
  deliveryYears: 10,
  status: 11,
  comments: 12,
  tivPerUnit: 13,
  tivTotal: 14,
  tivDelivered: 15,
} as const;

/** Reads the Trade Register's records, one deal each; ids derive from the deal's identifying fields. */
export function tradeRegisterDeals(records: readonly CsvRecord[], fileName: string): ReferenceDeal[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const reader = new FieldReader(fileName, record.line, record.fields, TRADE_REGISTER_COLUMNS);
    reader.checkWidth();
    const deal = dealOf(reader);
    const count = (seen.get(deal.dealId) ?? 0) + 1;
    seen.set(deal.dealId, count);
    return count === 1 ? deal : { ...deal, dealId: `${deal.dealId}-${count}` };
  });
}

function dealOf(reader: FieldReader): ReferenceDeal {
  const parties = dealParties(reader, COLUMN);
  const description = reader.text(COLUMN.description);
  const quantityDelivered = reader.number(COLUMN.delivered);
  const tivDelivered = reader.number(COLUMN.tivDelivered);
  const deal: Omit<ReferenceDeal, 'dealId'> = {
    ...parties,
    designation: reader.text(COLUMN.designation),
    description,
    category: categoryFromDescription(description),
    orderYear: reader.year(COLUMN.orderYear),
    orderYearEstimated: reader.flag(COLUMN.orderYearFlag),
    quantityOrdered: reader.number(COLUMN.ordered),
    quantityOrderedEstimated: reader.flag(COLUMN.orderedFlag),
    quantityDelivered,
    deliveries: deliveriesOf(reader, quantityDelivered, tivDelivered),
    status: reader.text(COLUMN.status),
    comments: reader.optionalText(COLUMN.comments),
    tivPerUnit: reader.number(COLUMN.tivPerUnit),
    tivTotal: reader.number(COLUMN.tivTotal),
    tivDelivered,
    localProduction: null,
  };
  return { dealId: derivedDealId(deal), ...deal };
}

/** The register gives per-deal totals only: a single delivery year carries them, several carry none. */
function deliveriesOf(
  reader: FieldReader,
  quantityDelivered: number | null,
  tivDelivered: number | null,
): ReferenceDelivery[] {
  const years = reader.years(COLUMN.deliveryYears);
  const estimated = reader.flag(COLUMN.deliveredFlag);
  const single = years.length === 1;
  return years.map((year) => ({
    year,
    quantity: single ? quantityDelivered : null,
    tiv: single ? tivDelivered : null,
    estimated,
  }));
}

/** Stable across exports as long as SIPRI keeps the parties, system, order year and number ordered. */
function derivedDealId(deal: Omit<ReferenceDeal, 'dealId'>): string {
  const key = [
    deal.supplierName,
    deal.recipientName,
    deal.designation,
    deal.description,
    deal.orderYear ?? '',
    deal.quantityOrdered ?? '',
  ].join('|');
  return `tr-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
