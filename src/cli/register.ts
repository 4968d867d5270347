import type { Command } from 'commander';
import { nameOf, registerCsv } from '../analyse/register-export.ts';
import { AppError } from '../errors.ts';
import {
  CATEGORIES,
  type Category,
  PRODUCTION_STATUSES,
  REGISTER_SORTS,
  type RegisterFilter,
  type RegisterKind,
  type RegisterRow,
  type RegisterSort,
  type StoredRegisterRow,
  TRANSFER_STATUSES,
} from '../model/index.ts';
import { systemSearchKeys } from '../resolve/index.ts';
import type { Store } from '../store/index.ts';
import type { CommandRegistrar } from './index.ts';
import { choiceOption, formatOption, partyOption, wholeNumber, withStore, yearRange } from './options.ts';
import { renderTable } from './table.ts';

interface RegisterFlags {
  kind?: string;
  supplier?: string;
  recipient?: string;
  category?: string;
  status?: string;
  system?: string;
  from?: string;
  to?: string;
  conflicts?: boolean;
  sort?: string;
  limit?: string;
  format?: string;
}

const KINDS = ['transfer', 'production', 'share'] as const;

/** `armswatch register` prints the resolved register: one row per deal, production line or share statement. */
export const registerRegister: CommandRegistrar = (program) => {
  program
    .command('register')
    .description('the register resolved from the news: one row per deal with its sources and disagreements')
    .option('--kind <kind>', 'transfer, production or share', 'transfer')
    .option('--supplier <country>', 'supplier (production: licensor; share: counterpart), ISO3 or name')
    .option('--recipient <country>', 'recipient (production: country; share: subject), ISO3 or name')
    .option('--category <category>', `one of ${CATEGORIES.join(', ')}`)
    .option('--status <status>', 'deal status (negotiating ... cancelled) or production status')
    .option('--system <designation>', 'a designation; variants and spellings match (su30 finds Su-30SM)')
    .option('--from <year>', 'rows whose events (order to last delivery) reach this year or later')
    .option('--to <year>', 'rows whose events start in this year or earlier')
    .option('--conflicts', 'only rows whose sources disagree')
    .option('--sort <order>', REGISTER_SORTS.join(', '), 'recipient')
    .option('--limit <n>', 'at most this many rows (default all)')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (flags: RegisterFlags, command: Command) => {
      const format = formatOption(flags.format, ['table', 'csv', 'json'] as const, 'table');
      const filter = registerFilter(flags);
      const limit = flags.limit === undefined ? null : wholeNumber('--limit', flags.limit, 0);
      const rows = await withStore(command, (store) => listRows(store, filter, limit));
      const kind = filter.kind ?? 'transfer';
      if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else if (format === 'csv') process.stdout.write(registerCsv(rows, kind));
      else process.stdout.write(registerTable(rows, kind));
    });
};

function registerFilter(flags: RegisterFlags): RegisterFilter {
  const kind = choiceOption('--kind', flags.kind, KINDS) ?? 'transfer';
  const { from, to } = yearRange(flags);
  const statuses = kind === 'production' ? PRODUCTION_STATUSES : TRANSFER_STATUSES;
  return {
    kind,
    supplier: partyOption('--supplier', flags.supplier),
    recipient: partyOption('--recipient', flags.recipient),
    category: choiceOption<Category>('--category', flags.category, CATEGORIES),
    status: kind === 'share' ? null : choiceOption('--status', flags.status, statuses),
    systemKeys: systemOption(flags.system),
    from,
    to,
    conflict: flags.conflicts ? true : null,
    sort: choiceOption<RegisterSort>('--sort', flags.sort, REGISTER_SORTS) ?? 'recipient',
  };
}

function systemOption(raw: string | undefined): string[] | null {
  if (raw === undefined) return null;
  const keys = systemSearchKeys(raw);
  if (keys.length === 0) throw new AppError('usage', `--system must name a designation, got "${raw}"`);
  return keys;
}

const PAGE = 1000;

/** Every row matching the filter (or the first `limit`), page by page. */
export async function listRows(
  store: Store,
  filter: RegisterFilter,
  limit: number | null,
): Promise<StoredRegisterRow[]> {
  const rows: StoredRegisterRow[] = [];
  for (;;) {
    const size = limit === null ? PAGE : Math.min(PAGE, limit - rows.length);
    if (size <= 0) return rows;
    const page = await store.register.list({ ...filter, limit: size, offset: rows.length });
    rows.push(...page);
    if (page.length < size) return rows;
  }
}

const TABLE_HEADERS: Record<RegisterKind, string[]> = {
  transfer: [
    'id',
    'recipient',
    'supplier',
    'system',
    'status',
    'ordered',
    'delivered',
    'sources',
    'conflicts',
  ],
  production: [
    'id',
    'country',
    'system',
    'producer',
    'licensor',
    'capacity/yr',
    'status',
    'sources',
    'conflicts',
  ],
  share: ['id', 'subject', 'role', 'counterpart', 'share %', 'wording', 'period', 'sources', 'conflicts'],
};

function registerTable(rows: readonly RegisterRow[], kind: RegisterKind): string {
  if (rows.length === 0) return 'no register rows match (run: armswatch resolve, after ingesting articles)\n';
  const lines = rows.filter((row) => row.kind === kind).map(tableLine);
  return renderTable(TABLE_HEADERS[kind], lines);
}

function tableLine(row: RegisterRow): unknown[] {
  const conflicts = row.conflicts.join(', ');
  if (row.kind === 'transfer') return transferLine(row, conflicts);
  if (row.kind === 'production') {
    return [
      row.id,
      row.country,
      row.system ?? `[${row.category}]`,
      row.producer.consensus,
      row.licensor.consensus,
      row.capacityPerYear.consensus,
      row.status.consensus,
      row.sources.length,
      conflicts,
    ];
  }
  return [
    row.id,
    row.subject,
    row.role,
    row.counterpart ?? 'world',
    row.sharePct.consensus,
    row.wording?.phrase,
    `${row.periodStart ?? ''}-${row.periodEnd ?? ''}`,
    row.sources.length,
    conflicts,
  ];
}

function transferLine(row: RegisterRow & { kind: 'transfer' }, conflicts: string): unknown[] {
  const eventText = (event: (typeof row.events)[number]) =>
    `${event.quantity.consensus ?? '?'}@${event.year.consensus ?? '?'}`;
  const ordered = row.events.find((event) => event.status === 'ordered');
  const delivered = row.events.filter((event) => event.status === 'delivered').map(eventText);
  return [
    row.id,
    nameOf(row.recipient),
    nameOf(row.supplier.consensus),
    row.system ?? `[${row.category}]`,
    row.status,
    ordered ? eventText(ordered) : '',
    delivered.join(' '),
    row.sources.length,
    conflicts,
  ];
}
