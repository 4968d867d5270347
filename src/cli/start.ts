import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { numericSetting } from '../config.ts';
import { ingestBatch } from '../pipeline/ingest.ts';
import type { Store } from '../store/index.ts';
import { importSipri } from './import-sipri.ts';
import type { CommandRegistrar } from './index.ts';
import { EXIT } from './index.ts';
import { summaryLine, withProgress } from './ingest.ts';
import { storeFor } from './options.ts';
import { serveUntilInterrupted } from './serve.ts';

/** The bundled sample corpus: articles written for armswatch, one or more in each supported format. */
const SAMPLES_DIR = fileURLToPath(new URL('../../samples/articles', import.meta.url));
/** The bundled sample reference: a small trade register in SIPRI's export format, written for armswatch. */
const SAMPLE_REFERENCE = fileURLToPath(
  new URL('../../samples/reference/sipri_trade_register_sample.csv', import.meta.url),
);

interface StartOptions {
  host: string;
  port: string;
  serve: boolean;
}

/**
 * `armswatch start` (what `npm start` runs): ingests the sample corpus, imports the sample reference where
 * the database has none (a real SIPRI import is never replaced), then serves the dashboard.
 */
export const registerStart: CommandRegistrar = (program, setExit) => {
  program
    .command('start')
    .description('load the bundled sample articles and reference, then serve the dashboard')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--no-serve', 'load the samples and exit')
    .action(async (options: StartOptions, command: Command) => {
      const store = await storeFor(command);
      try {
        const rejected = await loadSamples(store);
        setExit(rejected ? EXIT.someFailed : EXIT.ok);
        if (options.serve) await serveUntilInterrupted(store, options);
      } finally {
        await store.close();
      }
    });
};

/** Loads the samples and prints what the store holds; true when a sample was rejected. */
async function loadSamples(store: Store): Promise<boolean> {
  const maxArticleBytes = numericSetting('maxArticleBytes');
  const summary = await withProgress(true, (display) =>
    ingestBatch(store, [SAMPLES_DIR], { read: { maxArticleBytes }, now: new Date(), ...display }),
  );
  process.stdout.write(`samples: ${summaryLine(summary)}\n`);
  if ((await store.reference.metadata()) === null) {
    const imported = await importSipri(store, SAMPLE_REFERENCE, new Date());
    process.stdout.write(`sample reference: ${imported.dealCount} deals imported\n`);
  }
  const rows = await store.register.count({});
  process.stdout.write(
    `the database holds ${await store.articles.count({})} articles, ${await store.facts.count()} facts ` +
      `and ${rows} register rows\n`,
  );
  return summary.rejected.length > 0;
}
