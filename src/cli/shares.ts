import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { concentrationLabel, hhi, supplierConcentration } from '../analyse/hhi.ts';
import {
  computeShares,
  inPeriod,
  newsDeliveryCounts,
  type Share,
  type ShareQuery,
} from '../analyse/shares.ts';
import { countryByIso3 } from '../countries/index.ts';
import { AppError } from '../errors.ts';
import type { DeliveryTotal, StoredFact } from '../model/index.ts';
import type { Store } from '../store/index.ts';
import type { CommandRegistrar } from './index.ts';
import { formatOption, wholeNumber, withStore } from './options.ts';
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
    .option('--country <iso3>', "with exporter: that country's customers; with importer: its suppliers")
    .option('--from <year>', 'first delivery year')
    .option('--to <year>', 'last delivery year')
    .option('--source <source>', 'reference (SIPRI TIV) or news (count of reported deliveries)', 'reference')
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
  const fromYear = flags.from === undefined ? null : wholeNumber('--from', flags.from, 0);
  const toYear = flags.to === undefined ? null : wholeNumber('--to', flags.to, 0);
  if (fromYear !== null && toYear !== null && fromYear > toYear) {
    throw new AppError('usage', `--from ${fromYear} is after --to ${toYear}`);
  }
  return { role, country: countryOption(flags.country), fromYear, toYear };
}

/** An ISO3 code (any case), or a party code as stored: `non-state:<name>`, `org:<name>`, `unknown`. */
function countryOption(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  if (/^(non-state|org):.+$/.test(raw) || raw === 'unknown') return raw;
  const country = countryByIso3(raw);
  if (!country) throw new AppError('usage', `--country must be an ISO3 code such as IND, got "${raw}"`);
  return country.iso3;
}

function sourceOption(raw: string | undefined): Source {
  if (raw === undefined || raw === 'reference' || raw === 'news') return raw ?? 'reference';
  throw new AppError('usage', `--source must be reference or news, got "${raw}"`);
}

/** Reads delivery totals: SIPRI TIV from the reference, or counts of distinct reported deliveries from the news. */
export async function loadShareTotals(
  store: Store,
  source: Source,
  query: ShareQuery,
): Promise<LoadedTotals> {
  if (source === 'news') {
    const facts = await allFacts(store);
    return { totals: newsDeliveryCounts(facts, await duplicateArticles(store, facts)), origin: 'news' };
  }
  const meta = await store.reference.metadata();
  if (!meta) {
    throw new AppError('not_found', 'no SIPRI reference imported yet (run: armswatch import-sipri FILE.csv)');
  }
  const totals = await store.reference.deliveryTotals({ fromYear: query.fromYear, toYear: query.toYear });
  const generated = meta.generated ? ` generated ${meta.generated}` : '';
  return { totals, origin: `SIPRI ${meta.shape}${generated}` };
}

async function allFacts(store: Store): Promise<StoredFact[]> {
  const facts: StoredFact[] = [];
  for (;;) {
    const page = await store.facts.listAll({ afterId: facts.at(-1)?.id ?? null, limit: 1000 });
    facts.push(...page);
    if (page.length < 1000) return facts;
  }
}

/** The articles of these facts that ingest marked as near-duplicates of another. */
async function duplicateArticles(store: Store, facts: readonly StoredFact[]): Promise<Set<string>> {
  const marked = new Set<string>();
  for (const id of new Set(facts.map((fact) => fact.articleId))) {
    if ((await store.articles.get(id))?.duplicateOf) marked.add(id);
  }
  return marked;
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
