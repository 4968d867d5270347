import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../errors.ts';
import type { ReferenceDeal, ReferenceImport } from '../model/index.ts';
import { parseSipriCsv } from '../reference/index.ts';
import type { Store } from '../store/index.ts';
import type { CommandRegistrar } from './index.ts';
import { formatOption, withStore } from './options.ts';

/** `armswatch import-sipri FILE.csv` replaces the SIPRI reference with an export in either of SIPRI's shapes. */
export const registerImportSipri: CommandRegistrar = (program) => {
  program
    .command('import-sipri')
    .description(
      "replace the SIPRI reference with an export of SIPRI's Arms Transfers Database (either shape)",
    )
    .argument('<file>', 'the trade register or the per-delivery export, as downloaded from SIPRI')
    .option('--format <format>', 'text or json', 'text')
    .action(async (file: string, options: { format?: string }, command: Command) => {
      const format = formatOption(options.format, ['text', 'json'] as const, 'text');
      const summary = await withStore(command, (store) => importSipri(store, file, new Date()));
      if (format === 'json') process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else process.stdout.write(`${summaryLine(summary)}\n`);
    });
};

/** What an import did: the new reference, its delivery years, and the reference it replaced. */
export type ImportSummary = ReferenceImport & {
  deliveryYears: { from: number; to: number } | null;
  replaced: ReferenceImport | null;
};

/**
 * Reads a SIPRI export and makes it the reference. The whole file is parsed before the store is touched and
 * the replacement is one transaction, so a bad file changes nothing.
 */
export async function importSipri(store: Store, file: string, now: Date): Promise<ImportSummary> {
  const parsed = parseSipriCsv(await readInput(file), basename(file));
  const meta: ReferenceImport = {
    fileName: basename(file),
    shape: parsed.shape,
    generated: parsed.generated,
    importedAt: now.toISOString(),
    rowCount: parsed.rowCount,
    dealCount: parsed.deals.length,
  };
  const replaced = await store.reference.metadata();
  await store.reference.replace(meta, parsed.deals);
  return { ...meta, deliveryYears: deliveryYears(parsed.deals), replaced };
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new AppError('not_found', `${file}: cannot read the SIPRI export (${reason})`);
  }
}

function deliveryYears(deals: readonly ReferenceDeal[]): { from: number; to: number } | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const { year } of deals.flatMap((deal) => deal.deliveries)) {
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  return from <= to ? { from, to } : null;
}

/** `imported x.csv: per-delivery export generated 2026-02-12, 25024 rows, 12571 deals, deliveries 1995-2024 (...)`. */
function summaryLine(summary: ImportSummary): string {
  const generated = summary.generated ? ` generated ${summary.generated}` : '';
  const years = summary.deliveryYears
    ? `, deliveries ${summary.deliveryYears.from}-${summary.deliveryYears.to}`
    : '';
  const replaced = summary.replaced
    ? `replaced ${summary.replaced.fileName} (${summary.replaced.dealCount} deals)`
    : 'first import';
  return (
    `imported ${summary.fileName}: ${summary.shape} export${generated}, ${summary.rowCount} rows, ` +
    `${summary.dealCount} deals${years} (${replaced})`
  );
}
