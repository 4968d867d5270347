import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { concentrationLabel, hhi, supplierConcentration } from '../analyse/hhi.ts';
import { registerDeliveryTotals } from '../analyse/profiles.ts';
import { computeShares, inPeriod, type Share, type ShareQuery } from '../analyse/shares.ts';
import { countryByIso3 } from '../countries/index.ts';
import { AppError } from '../errors.ts';
import type { DeliveryTotal } from '../model/index.ts';
import type { Store } from '../store/index.ts';
import type { CommandRegistrar } from './index.ts';
import { formatOption, partyOption, withStore, yearRange } from './options.ts';
import { renderTable } from './table.ts';

interface SharesFlags {
  role?: string;
  country?: string;
  from?: string;
  to?: string;
  source?: string;
  format?: string;
}

export type Source = 'reference' | 'news';

/** `armswatch shares --role exporter|importer` prints shares of delivered arms, from SIPRI or from the news. */
export const registerShares: CommandRegistrar = (program) => {
  program
    .command('shares')
    .description('shares of arms deliveries: TIV-weighted from the SIPRI reference, or counted from the news')
    .requiredOption('--role <role>', 'exporter or importer')
    .option(
      '--country <country>',
      "with exporter: that country's customers; with importer: its suppliers (ISO3 or name)",
    )
    .option('--from <year>', 'first delivery year')
    .option('--to <year>', 'last delivery year')
    .option(
      '--source <source>',
      'reference (SIPRI TIV) or news (deliveries counted in the resolved register, as the API counts them)',
      'reference',
    )
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (flags: SharesFlags, command: Command) => {
      const query = shareQuery(flags);
      const source = sourceOption(flags.source);
      const format = formatOption(flags.format, ['table', 'json', 'csv'] as const, 'table');
      const loaded = await withStore(command, (store) => loadShareTotals(store, source, query));
      process.stdout.write(renderShares(format, loaded, query, source));
    });
};

/** The delivery totals shares are computed from, and where they come from (for the table's title). */
export interface LoadedTotals {
  totals: DeliveryTotal[];
  origin: string;
}

/** Prints shares as json (`[{country, share_pct, value}]`, largest first), csv, or a table with HHI. */
export function renderShares(
  format: 'table' | 'json' | 'csv',
  { totals, origin }: LoadedTotals,
  query: ShareQuery,
  source: Source,
): string {
  const shares = computeShares(totals, query);
  if (format === 'json') return `${JSON.stringify(shares.map(rounded), null, 2)}\n`;
  if (format === 'csv')
    return stringify(shares.map(rounded), { header: true, columns: ['country', 'share_pct', 'value'] });
  return sharesTable(shares, inPeriod(totals, query), query, source, origin);
}

function shareQuery(flags: SharesFlags): ShareQuery {
  const role = flags.role;
  if (role !== 'exporter' && role !== 'importer') {
    throw new AppError('usage', `--role must be exporter or importer, got "${role ?? ''}"`);
  }
  const { from, to } = yearRange(flags);
  return { role, country: partyOption('--country', flags.country), fromYear: from, toYear: to };
}

function sourceOption(raw: string | undefined): Source {
  if (raw === undefined || raw === 'reference' || raw === 'news') return raw ?? 'reference';
  throw new AppError('usage', `--source must be reference or news, got "${raw}"`);
}

/**
 * Reads delivery totals for the query's period: SIPRI TIV from the reference, or from the news the deliveries
 * counted in the resolved register (reviews applied, near-duplicates folded), as the API's news shares are.
 * Every party's totals are read, not only the queried country's, so that the table's supplier HHI is whole.
 */
export async function loadShareTotals(
  store: Store,
  source: Source,
  query: ShareQuery,
): Promise<LoadedTotals> {
  const period = { fromYear: query.fromYear, toYear: query.toYear };
  if (source === 'news') {
    return {
      totals: await registerDeliveryTotals(store, { role: query.role, ...period }),
      origin: 'news register',
    };
  }
  const meta = await store.reference.metadata();
  if (!meta) {
    throw new AppError('not_found', 'no SIPRI reference imported yet (run: armswatch import-sipri FILE.csv)');
  }
  const totals = await store.reference.deliveryTotals(period);
  const generated = meta.generated ? ` generated ${meta.generated}` : '';
  return { totals, origin: `SIPRI ${meta.shape}${generated}` };
}

function rounded(share: Share): Share {
  return {
    country: share.country,
    share_pct: Math.round(share.share_pct * 100) / 100,
    value: Math.round(share.value * 100) / 100,
  };
}

function sharesTable(
  shares: readonly Share[],
  totals: readonly DeliveryTotal[],
  query: ShareQuery,
  source: Source,
  origin: string,
): string {
  const valueHeader = source === 'news' ? 'deliveries' : 'TIV (m)';
  // Rows are importers (HHI of their suppliers applies) unless they are exporters or one importer's suppliers.
  const rowsAreImporters = (query.role === 'importer') !== Boolean(query.country);
  const concentration = supplierConcentration(totals);
  const headers = [
    '#',
    'country',
    'name',
    'share %',
    valueHeader,
    ...(rowsAreImporters ? ['supplier HHI'] : []),
  ];
  const rows = shares.map((share, index) => [
    index + 1,
    share.country,
    nameOf(share.country),
    share.share_pct.toFixed(1),
    source === 'news' ? share.value : share.value.toFixed(1),
    ...(rowsAreImporters ? [Math.round(concentration.get(share.country) ?? 0)] : []),
  ]);
  const lines = [`${title(query)} (${origin})`, renderTable(headers, rows).trimEnd()];
  if (query.role === 'importer' && query.country) {
    const index = hhi(shares.map((share) => share.value));
    lines.push(`HHI of ${query.country}'s suppliers: ${Math.round(index)} (${concentrationLabel(index)})`);
  }
  return `${lines.join('\n')}\n`;
}

function title(query: ShareQuery): string {
  const period =
    query.fromYear == null && query.toYear == null
      ? 'all years'
      : `${query.fromYear ?? 'first year'}-${query.toYear ?? 'last year'}`;
  if (!query.country) return `${query.role}s' shares of the world total, ${period}`;
  const whose = query.role === 'exporter' ? 'customers' : 'suppliers';
  return `${nameOf(query.country)}'s ${whose}, ${period}`;
}

function nameOf(code: string): string {
  if (code.startsWith('non-state:')) return `${code.slice('non-state:'.length)} (non-state group)`;
  if (code.startsWith('org:')) return `${code.slice('org:'.length)} (organisation)`;
  return countryByIso3(code)?.name ?? code;
}
