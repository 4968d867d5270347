import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { numericSetting } from '../config.ts';
import { ingestBatch } from '../pipeline/ingest.ts';
import type { CommandRegistrar } from './index.ts';
import { EXIT } from './index.ts';
import { summaryLine, withProgress } from './ingest.ts';
import { withStore } from './options.ts';
import { renderTable } from './table.ts';

/** The bundled sample corpus: articles written for armswatch, one or more in each supported format. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/articles', import.meta.url));

/** `armswatch start` (what `npm start` runs): ingests the sample corpus and prints what the store holds. */
export const registerStart: CommandRegistrar = (program, setExit) => {
  program
    .command('start')
    .description('ingest the bundled sample articles into the database and list what it holds')
    .action(async (_flags: unknown, command: Command) => {
      const maxArticleBytes = numericSetting('maxArticleBytes');
      await withStore(command, async (store) => {
        const summary = await withProgress(true, (display) =>
          ingestBatch(store, [SAMPLES_DIR], { read: { maxArticleBytes }, now: new Date(), ...display }),
        );
        const articles = await store.articles.list({ limit: 1000 });
        const total = await store.articles.count({});
        process.stdout.write(`samples: ${summaryLine(summary)}\n`);
        process.stdout.write(
          `the database holds ${total} articles and ${await store.facts.count()} facts\n\n`,
        );
        process.stdout.write(
          renderTable(
            ['id', 'date', 'title', 'duplicate_of'],
            articles.map((a) => [a.id, a.date, a.title, a.duplicate_of]),
          ),
        );
        setExit(summary.rejected.length > 0 ? EXIT.someFailed : EXIT.ok);
      });
    });
};
