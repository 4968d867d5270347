import type { Command } from 'commander';
import { refreshRegister } from '../pipeline/resolve.ts';
import type { CommandRegistrar } from './index.ts';
import { withStore } from './options.ts';

/** `armswatch resolve` rebuilds the register from every stored fact and the analysts' reviews. */
export const registerResolve: CommandRegistrar = (program) => {
  program
    .command('resolve')
    .description(
      'rebuild the register from every stored fact (ingest does this itself; useful after a manual change)',
    )
    .option('--json', 'print the summary as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const started = performance.now();
      const summary = await withStore(command, (store) => refreshRegister(store, new Date()));
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...summary, seconds: Number(seconds) }, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `register: ${summary.rows} rows from ${summary.effectiveFacts} facts ` +
          `(added ${summary.added}, changed ${summary.changed}, removed ${summary.removed}) in ${seconds} s\n`,
      );
    });
};
