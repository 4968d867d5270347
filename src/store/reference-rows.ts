import type { Selectable } from 'kysely';
import { yearlyTiv } from '../analyse/shares-spread.ts';
import type {
  Category,
  ReferenceDeal,
  ReferenceDelivery,
  ReferenceImport,
  SipriShape,
} from '../model/index.ts';
import type { ReferenceDealsTable, ReferenceDeliveriesTable, ReferenceImportsTable } from './database.ts';

/** The comparison key of a designation: lower case, letters and digits only ('Su-30SM' = 'SU 30 SM'). */
export function designationKey(designation: string): string {
  return designation.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function importToRow(meta: ReferenceImport): ReferenceImportsTable {
  return {
    id: 1,
    file_name: meta.fileName,
    shape: meta.shape,
    generated: meta.generated,
    imported_at: meta.importedAt,
    row_count: meta.rowCount,
    deal_count: meta.dealCount,
  };
}

export function importFromRow(row: Selectable<ReferenceImportsTable>): ReferenceImport {
  return {
    fileName: row.file_name,
    shape: row.shape as SipriShape,
    generated: row.generated,
    importedAt: row.imported_at,
    rowCount: Number(row.row_count),
    dealCount: Number(row.deal_count),
  };
}

export function dealToRow(deal: ReferenceDeal): ReferenceDealsTable {
  return {
    deal_id: deal.dealId,
    supplier: deal.supplier,
    supplier_name: deal.supplierName,
    recipient: deal.recipient,
    recipient_name: deal.recipientName,
    designation: deal.designation,
    designation_key: designationKey(deal.designation),
    description: deal.description,
    category: deal.category,
    order_year: deal.orderYear,
    order_year_estimated: bit(deal.orderYearEstimated),
    quantity_ordered: deal.quantityOrdered,
    quantity_ordered_estimated: bit(deal.quantityOrderedEstimated),
    quantity_delivered: deal.quantityDelivered,
    status: deal.status,
    comments: deal.comments,
    tiv_per_unit: deal.tivPerUnit,
    tiv_total: deal.tivTotal,
    tiv_delivered: deal.tivDelivered,
    local_production: deal.localProduction === null ? null : bit(deal.localProduction),
  };
}

export function deliveryRows(deal: ReferenceDeal): ReferenceDeliveriesTable[] {
  const attributed = yearlyTiv(deal);
  return deal.deliveries.map((delivery, index) => ({
    deal_id: deal.dealId,
    year: delivery.year,
    quantity: delivery.quantity,
    tiv: delivery.tiv,
    estimated: bit(delivery.estimated),
    tiv_attributed: attributed[index]?.tiv ?? 0,
    supplier: deal.supplier,
    recipient: deal.recipient,
    category: deal.category,
  }));
}

export function dealFromRow(
  row: Selectable<ReferenceDealsTable>,
  deliveries: ReferenceDelivery[],
): ReferenceDeal {
  return {
    dealId: row.deal_id,
    supplier: row.supplier,
    supplierName: row.supplier_name,
    recipient: row.recipient,
    recipientName: row.recipient_name,
    designation: row.designation,
    description: row.description,
    category: row.category as Category,
    orderYear: row.order_year,
    orderYearEstimated: Boolean(row.order_year_estimated),
    quantityOrdered: row.quantity_ordered,
    quantityOrderedEstimated: Boolean(row.quantity_ordered_estimated),
    quantityDelivered: row.quantity_delivered,
    deliveries,
    status: row.status,
    comments: row.comments,
    tivPerUnit: row.tiv_per_unit,
    tivTotal: row.tiv_total,
    tivDelivered: row.tiv_delivered,
    localProduction: row.local_production === null ? null : Boolean(row.local_production),
  };
}

export function deliveryFromRow(row: Selectable<ReferenceDeliveriesTable>): ReferenceDelivery {
  return {
    year: row.year,
    quantity: row.quantity,
    tiv: row.tiv,
    estimated: Boolean(row.estimated),
  };
}

function bit(value: boolean): number {
  return value ? 1 : 0;
}
