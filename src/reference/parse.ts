import { AppError } from '../errors.ts';
import type { ReferenceDeal, SipriShape } from '../model/index.ts';
import { readSipriTable } from './csv.ts';
import { PER_DELIVERY_COLUMNS, perDeliveryDeals, withoutTrailingSemicolon } from './per-delivery.ts';
import { TRADE_REGISTER_COLUMNS, tradeRegisterDeals } from './trade-register.ts';

/** A parsed export: its shape, its "Data generated" date (YYYY-MM-DD) and its deals. */
export interface ParsedSipriExport {
  shape: SipriShape;
  generated: string | null;
  deals: ReferenceDeal[];
  /** Data records read (rows of the file, one per deal and delivery year in the per-delivery export). */
  rowCount: number;
}

const SHAPES: Record<SipriShape, readonly string[]> = {
  'trade-register': TRADE_REGISTER_COLUMNS,
  'per-delivery': PER_DELIVERY_COLUMNS,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Parses a SIPRI Arms Transfers Database export in either shape: the Trade Register (Latin-1, `?` flag columns,
 * one row per deal) or the per-delivery export (UTF-8, one row per deal and delivery year, grouped here by
 * SIPRI's deal id). Throws an AppError naming the file, the line and the problem for anything else.
 */
export function parseSipriCsv(content: Buffer, fileName: string): ParsedSipriExport {
  const table = readSipriTable(content, fileName, (line) => shapeOfHeaderLine(line) !== null);
  const header = withoutTrailingSemicolon(table.header).map((column) => column.trim());
  const shape = shapeOfHeaderLine(table.header.join(','))!;
  checkHeader(header, shape, fileName, table.headerLine);
  if (table.records.length === 0)
    throw new AppError('invalid_input', `${fileName}: the export holds no deals`);
  const deals =
    shape === 'trade-register'
      ? tradeRegisterDeals(table.records, fileName)
      : perDeliveryDeals(table.records, fileName);
  return { shape, generated: generatedDate(table.metadata), deals, rowCount: table.records.length };
}

function shapeOfHeaderLine(line: string): SipriShape | null {
  const start = line.trimStart().toLowerCase();
  if (start.startsWith('recipient,supplier,')) return 'trade-register';
  if (start.startsWith('sipri at database id,')) return 'per-delivery';
  return null;
}

function checkHeader(header: readonly string[], shape: SipriShape, fileName: string, line: number): void {
  const expected = SHAPES[shape];
  const column = expected.findIndex(
    (name, index) => (header[index] ?? '').toLowerCase() !== name.toLowerCase(),
  );
  if (column < 0 && header.length === expected.length) return;
  const detail =
    column < 0
      ? `${header.length} columns, expected ${expected.length}`
      : `column ${column + 1} is "${header[column] ?? ''}", expected "${expected[column]}"`;
  throw new AppError(
    'unsupported_format',
    `${fileName}: line ${line}: the header does not match SIPRI's ${shape} export (${detail})`,
  );
}

/** Reads "Data generated: 13 Mar 2025 10:02:49 AM" as 2025-03-13. */
function generatedDate(metadata: readonly string[]): string | null {
  for (const line of metadata) {
    const match = /Data generated:\s*(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(line);
    const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
    if (match && month >= 0) {
      return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
    }
  }
  return null;
}
