import type { Category } from './fact.ts';

/** The two layouts of SIPRI Arms Transfers Database exports that armswatch reads. */
export type SipriShape = 'trade-register' | 'per-delivery';

/** Deliveries of one deal in one year. */
export interface ReferenceDelivery {
  year: number;
  /** Units delivered that year; null where the export gives only the deal's total (trade register). */
  quantity: number | null;
  /** SIPRI TIV delivered that year (millions); null where the export gives only the deal's total. */
  tiv: number | null;
  /** SIPRI marks the number or the year as uncertain. */
  estimated: boolean;
}

/** One deal of the SIPRI reference, as the export records it. */
export interface ReferenceDeal {
  /** SIPRI's id (per-delivery export), or a stable id derived from the row (trade register, `tr-...`). */
  dealId: string;
  /** ISO3 | `non-state:<name>` | `org:<name>` | `unknown`. */
  supplier: string;
  /** The supplier as SIPRI writes it. */
  supplierName: string;
  recipient: string;
  recipientName: string;
  designation: string;
  description: string;
  category: Category;
  orderYear: number | null;
  orderYearEstimated: boolean;
  quantityOrdered: number | null;
  quantityOrderedEstimated: boolean;
  quantityDelivered: number | null;
  deliveries: ReferenceDelivery[];
  /** 'New', 'Second hand', 'Second hand but modernized'. */
  status: string;
  comments: string | null;
  tivPerUnit: number | null;
  tivTotal: number | null;
  tivDelivered: number | null;
  /** Produced under licence in the recipient; null where the export does not say (trade register). */
  localProduction: boolean | null;
}

/** What is known of the imported reference file. */
export interface ReferenceImport {
  fileName: string;
  shape: SipriShape;
  /** The export's "Data generated" date, YYYY-MM-DD, or null. */
  generated: string | null;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Data rows read from the file. */
  rowCount: number;
  dealCount: number;
}

/** A value (TIV, or a count of reported deliveries) moved from one party to another in one year. */
export interface DeliveryTotal {
  supplier: string;
  recipient: string;
  year: number;
  value: number;
}
