import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.ts';

/** One data record of an export with the file line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** An export split into its parts: metadata lines, the header, and the data records. */
export interface SipriTable {
  metadata: string[];
  header: string[];
  headerLine: number;
  records: CsvRecord[];
}

/** How far down SIPRI's header may sit: its exports carry 11 metadata lines above it. */
const HEADER_SEARCH_LINES = 30;

/**
 * Decodes an export (UTF-8, or Latin-1 when the bytes are not valid UTF-8), finds the header line with
 * `isHeader`, and parses the records below it. A record cut in two by a raw line break inside an unquoted
 * field (the trade register's Comments) is joined back when the two halves make one full record.
 */
export function readSipriTable(
  content: Buffer,
  fileName: string,
  isHeader: (line: string) => boolean,
): SipriTable {
  const lines = decode(content).replace(/\r\n/g, '\n').split('\n');
  const headerIndex = lines.slice(0, HEADER_SEARCH_LINES).findIndex(isHeader);
  if (headerIndex < 0) {
    throw new AppError(
      'unsupported_format',
      `${fileName}: not a SIPRI arms transfers export (no trade-register or per-delivery header in the first ${HEADER_SEARCH_LINES} lines)`,
    );
  }
  const [header, ...rows] = parseLines(lines.slice(headerIndex).join('\n'), fileName, headerIndex + 1);
  if (!header)
    throw new AppError('invalid_input', `${fileName}: line ${headerIndex + 1}: the header is empty`);
  return {
    metadata: lines.slice(0, headerIndex),
    header: header.fields,
    headerLine: headerIndex + 1,
    records: joinBrokenRecords(rows, header.fields.length),
  };
}

function decode(content: Buffer): string {
  const text = (() => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return new TextDecoder('latin1').decode(content);
    }
  })();
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function parseLines(text: string, fileName: string, firstLine: number): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as unknown as typeof parsed;
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    const line = where === undefined ? '' : `line ${where + firstLine - 1}: `;
    throw new AppError('invalid_input', `${fileName}: ${line}unreadable CSV (${(error as Error).message})`);
  }
  const records: CsvRecord[] = [];
  let nextLine = firstLine;
  for (const { record, info } of parsed) {
    if (!(record.length === 1 && record[0]?.trim() === '')) records.push({ line: nextLine, fields: record });
    nextLine = firstLine + info.lines;
  }
  return records;
}

function joinBrokenRecords(records: readonly CsvRecord[], width: number): CsvRecord[] {
  const joined: CsvRecord[] = [];
  for (let index = 0; index < records.length; index += 1) {
    let record = records[index]!;
    let next = records[index + 1];
    // A short record continues on the next line when the two together still fit the header.
    while (record.fields.length < width && next && record.fields.length + next.fields.length - 1 <= width) {
      const middle = `${record.fields.at(-1)}\n${next.fields[0]}`;
      record = {
        line: record.line,
        fields: [...record.fields.slice(0, -1), middle, ...next.fields.slice(1)],
      };
      index += 1;
      next = records[index + 1];
    }
    joined.push(record);
  }
  return joined;
}
