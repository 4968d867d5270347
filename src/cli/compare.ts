import type { Command } from 'commander';
import { type CompareQuery, type Comparison, compareWithReference } from '../analyse/compare.ts';
import { nameOf } from '../analyse/register-export.ts';
import { AppError } from '../errors.ts';
import type { ReferenceDeal } from '../model/index.ts';
import type { Store } from '../store/index.ts';
import type { CommandRegistrar } from './index.ts';
import { formatOption, partyOption, withStore, yearRange } from './options.ts';
import { listRows } from './register.ts';
import { renderTable } from './table.ts';

interface CompareFlags {
  country?: string;
  from?: string;
  to?: string;
  format?: string;
}

/** `armswatch compare` checks the news register against the imported SIPRI reference. */
export const registerCompare: CommandRegistrar = (program) => {
  program
    .command('compare')
    .description(
      'the news register against the SIPRI reference: deals it lacks, deals the news contradicts, shares checked',
    )
    .option('--country <country>', 'only deals and share statements involving this country (ISO3 or name)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table or json', 'table')
    .action(async (flags: CompareFlags, command: Command) => {
      const format = formatOption(flags.format, ['table', 'json'] as const, 'table');
      const query: CompareQuery = { country: partyOption('--country', flags.country), ...yearRange(flags) };
      const comparison = await withStore(command, (store) => compareStore(store, query));
      if (format === 'json') process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
      else process.stdout.write(comparisonText(comparison));
    });
};

/** Loads the rows in scope, the reference deals of their recipients and the reference totals, and compares. */
async function compareStore(store: Store, query: CompareQuery): Promise<Comparison> {
  if (!(await store.reference.metadata())) {
    throw new AppError('not_found', 'no SIPRI reference imported yet (run: armswatch import-sipri FILE.csv)');
  }
  const scope = { country: query.country, from: query.from, to: query.to };
  const rows = [
    ...(await listRows(store, { kind: 'transfer', ...scope }, null)),
    ...(await listRows(store, { kind: 'share', country: query.country }, null)),
  ];
  const recipients = new Set(
    rows.flatMap((row) => (row.kind === 'transfer' && row.recipient ? [row.recipient] : [])),
  );
  const deals: ReferenceDeal[] = [];
  for (const recipient of recipients) deals.push(...(await store.reference.listDeals({ recipient })));
  return compareWithReference({ rows, deals, totals: await store.reference.deliveryTotals() }, query);
}

function comparisonText(comparison: Comparison): string {
  const coverage = comparison.coverage ? `${comparison.coverage.from}-${comparison.coverage.to}` : 'none';
  const sections = [
    `reference years ${coverage}; deals in the news that the reference records as reported: ${comparison.matched}`,
    `\nin the news, not in the reference (${comparison.newsOnly.length}):`,
    renderTable(
      ['row', 'recipient', 'supplier', 'system', 'status', 'order year', 'quantity', 'sources', 'reason'],
      comparison.newsOnly.map((entry) => [
        entry.rowId,
        nameOf(entry.recipient),
        nameOf(entry.supplier),
        entry.system ?? `[${entry.category}]`,
        entry.status,
        entry.orderYear,
        entry.quantity,
        entry.sources,
        entry.reason,
      ]),
    ),
    `reference deals the news contradicts (${comparison.contradicted.length}):`,
    renderTable(
      ['deal', 'row', 'recipient', 'designation', 'differences'],
      comparison.contradicted.map((entry) => [
        entry.dealId,
        entry.rowId,
        nameOf(entry.recipient),
        entry.designation,
        entry.differences.map((d) => `${d.field}: news ${d.news}, reference ${d.reference}`).join('; '),
      ]),
    ),
    `share statements (${comparison.shares.length}):`,
    renderTable(
      ['row', 'subject', 'role', 'counterpart', 'period', 'stated', 'reference %', 'verdict', 'why'],
      comparison.shares.map((check) => [
        check.rowId,
        check.subject,
        check.role,
        check.counterpart ?? 'world',
        `${check.periodStart ?? ''}-${check.periodEnd ?? ''}`,
        check.statedPct ?? check.wording,
        check.computedPct,
        check.verdict,
        check.reason,
      ]),
    ),
  ];
  return sections.join('\n');
}
