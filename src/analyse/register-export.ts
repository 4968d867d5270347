import { stringify } from 'csv-stringify/sync';
import { countryByIso3 } from '../countries/index.ts';
import type {
  Disputed,
  ProductionRow,
  RegisterKind,
  RegisterRow,
  ShareRow,
  TransferEvent,
  TransferRow,
} from '../model/index.ts';

type Cell = string | number | null;

/** The columns every kind ends with: where the row comes from and what its sources disagree on. */
const SOURCE_COLUMNS = ['Sources', 'Source count', 'Conflicts', 'First reported', 'Last reported', 'Row id'];

/**
 * Transfer columns follow SIPRI's Trade Register (Recipient ... Comments), with country codes beside the
 * names, the category, and the news columns after.
 */
export const REGISTER_COLUMNS: Record<RegisterKind, string[]> = {
  transfer: [
    'Recipient',
    'Supplier',
    'Year of order',
    'Number ordered',
    'Weapon designation',
    'Weapon description',
    'Number delivered',
    'Year(s) of delivery',
    'status',
    'Comments',
    'Recipient code',
    'Supplier code',
    'Category',
    ...SOURCE_COLUMNS,
  ],
  production: [
    'Country',
    'Producer',
    'Weapon designation',
    'Category',
    'Licensor',
    'Capacity per year',
    'status',
    'Year',
    'Comments',
    'Country code',
    'Licensor code',
    ...SOURCE_COLUMNS,
  ],
  share: [
    'Subject',
    'Role',
    'Counterpart',
    'Share %',
    'Wording',
    'Period',
    'Published by',
    'Comments',
    'Subject code',
    'Counterpart code',
    ...SOURCE_COLUMNS,
  ],
};

/**
 * The register rows of one kind as CSV, with a header line; rows of other kinds are left out. A cell that
 * a spreadsheet would run as a formula gets a leading apostrophe: designations and names come from news text.
 */
export function registerCsv(rows: readonly RegisterRow[], kind: RegisterKind): string {
  const records = rows.filter((row) => row.kind === kind).map((row) => registerRecord(row).map(inertCell));
  return stringify([REGISTER_COLUMNS[kind], ...records]);
}

/** A cell a spreadsheet shows as text: names and designations come from news text, and must not run as formulas. */
export function inertCell(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One row as the cells of its kind's columns. */
export function registerRecord(row: RegisterRow): Cell[] {
  const sources = [
    [...new Set(row.sources.map((source) => source.articleId))].join('; '),
    row.sources.length,
    row.conflicts.join('; '),
    row.firstReported,
    row.lastReported,
    row.id,
  ];
  if (row.kind === 'transfer') return [...transferCells(row), ...sources];
  if (row.kind === 'production') return [...productionCells(row), ...sources];
  return [...shareCells(row), ...sources];
}

function transferCells(row: TransferRow): Cell[] {
  const ordered = row.events.find((event) => event.status === 'ordered');
  const deliveries = row.events.filter((event) => event.status === 'delivered');
  const delivered = deliveries.map((event) => event.quantity.consensus).filter((n) => n !== null);
  return [
    nameOf(row.recipient),
    nameOf(row.supplier.consensus),
    ordered?.year.consensus ?? null,
    ordered?.quantity.consensus ?? null,
    row.system ?? `[${row.category ?? 'unknown'}]`,
    row.description,
    delivered.length > 0 ? delivered.reduce((a, b) => a + b, 0) : null,
    deliveries
      .map((event) => event.year.consensus)
      .filter((year) => year !== null)
      .join('; '),
    row.status,
    transferComments(row),
    row.recipient,
    row.supplier.consensus,
    row.category,
  ];
}

/** Other stages and every disagreement, in words: "negotiating 2015; ordered quantity: 36 (2) vs 35 (1)". */
function transferComments(row: TransferRow): string {
  const stages = row.events
    .filter((event) => event.status !== 'ordered' && event.status !== 'delivered')
    .map((event) => `${event.status} ${event.year.consensus ?? 'year unknown'}`);
  const disputes = [
    disputeText('supplier', row.supplier),
    ...row.events.flatMap((event) => [
      disputeText(`${eventLabel(event)} year`, event.year),
      disputeText(`${eventLabel(event)} quantity`, event.quantity),
    ]),
  ];
  return [...stages, ...disputes].filter((text) => text !== '').join('; ');
}

function eventLabel(event: TransferEvent): string {
  return event.status === 'delivered' ? `delivered ${event.year.consensus ?? ''}`.trim() : event.status;
}

function productionCells(row: ProductionRow): Cell[] {
  return [
    nameOf(row.country),
    row.producer.consensus,
    row.system ?? `[${row.category ?? 'unknown'}]`,
    row.category,
    nameOf(row.licensor.consensus),
    row.capacityPerYear.consensus,
    row.status.consensus,
    row.year.consensus,
    [
      disputeText('licensor', row.licensor),
      disputeText('capacity', row.capacityPerYear),
      disputeText('year', row.year),
    ]
      .filter((text) => text !== '')
      .join('; '),
    row.country,
    row.licensor.consensus,
  ];
}

function shareCells(row: ShareRow): Cell[] {
  const period =
    row.periodStart === null && row.periodEnd === null
      ? null
      : `${row.periodStart ?? ''}-${row.periodEnd ?? ''}`;
  return [
    nameOf(row.subject),
    row.role,
    row.counterpart === null ? 'world' : nameOf(row.counterpart),
    row.sharePct.consensus,
    row.wording?.phrase ?? null,
    period,
    row.publisher.consensus,
    disputeText('share', row.sharePct),
    row.subject,
    row.counterpart,
  ];
}

/** "label: 36 (2 sources) vs 35 (1 source)" where sources disagree, else ''. */
function disputeText<T extends string | number>(label: string, field: Disputed<T>): string {
  if (!field.conflict) return '';
  const values = field.values.map(
    (vote) => `${vote.value} (${vote.votes} ${vote.votes === 1 ? 'source' : 'sources'})`,
  );
  return `${label}: ${values.join(' vs ')}`;
}

/** A country's name where the code is a known state; other parties (`non-state:...`) as written. */
export function nameOf(code: string | null): string | null {
  if (code === null) return null;
  return countryByIso3(code)?.name ?? code;
}
