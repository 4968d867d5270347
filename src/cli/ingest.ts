import { MultiBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { isInteractive, numericSetting } from '../config.ts';
import { type IngestSummary, ingestBatch, type Rejection } from '../pipeline/ingest.ts';
import type { CommandRegistrar } from './index.ts';
import { EXIT } from './index.ts';
import { withStore } from './options.ts';

interface IngestFlags {
  maxArticleBytes?: string;
  quiet?: boolean;
  json?: boolean;
}

/** `armswatch ingest PATH|URL|- ...` stores articles from files, folders, URLs and stdin. */
export const registerIngest: CommandRegistrar = (program, setExit) => {
  program
    .command('ingest')
    .description('store articles from files, folders (recursive), http(s) URLs and - (stdin)')
    .argument('<inputs...>', 'paths, folders, URLs of a page or feed, or - for standard input')
    .option(
      '--max-article-bytes <n>',
      'largest article accepted (env ARMSWATCH_MAX_ARTICLE_BYTES, default 5 MB)',
    )
    .option('--quiet', 'print nothing but rejections')
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], flags: IngestFlags, command: Command) => {
      const maxArticleBytes = numericSetting('maxArticleBytes', flags.maxArticleBytes);
      const summary = await withStore(command, (store) =>
        withProgress(!flags.quiet && !flags.json, (display) =>
          ingestBatch(store, inputs, { read: { maxArticleBytes }, now: new Date(), ...display }),
        ),
      );
      if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else if (!flags.quiet) process.stdout.write(`${summaryLine(summary)}\n`);
      setExit(summary.rejected.length > 0 ? EXIT.someFailed : EXIT.ok);
    });
};

type Display = {
  onProgress: (progress: { inputsDone: number; inputsTotal: number }) => void;
  onRejected: (rejection: Rejection) => void;
};

/** Runs work with a progress bar on a terminal; rejection lines go to stderr either way. */
export async function withProgress<T>(wanted: boolean, work: (display: Display) => Promise<T>): Promise<T> {
  const printRejection = (rejection: Rejection) => process.stderr.write(`${rejection.message}\n`);
  if (!wanted || !isInteractive()) return work({ onProgress: () => {}, onRejected: printRejection });
  const bars = new MultiBar(
    { format: 'ingest [{bar}] {value}/{total} inputs', hideCursor: true },
    Presets.shades_classic,
  );
  const bar = bars.create(0, 0);
  try {
    return await work({
      onProgress: ({ inputsDone, inputsTotal }) => {
        bar.setTotal(inputsTotal);
        bar.update(inputsDone);
      },
      onRejected: (rejection) => bars.log(`${rejection.message}\n`),
    });
  } finally {
    bars.stop();
  }
}

/** `ingested 12, duplicates 3, near-duplicates 1, rejected 2 (facts 30)`. */
export function summaryLine(summary: IngestSummary): string {
  return (
    `ingested ${summary.ingested}, duplicates ${summary.duplicates}, ` +
    `near-duplicates ${summary.nearDuplicates}, rejected ${summary.rejected.length} (facts ${summary.facts})`
  );
}
