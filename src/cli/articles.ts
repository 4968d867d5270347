import type { Command } from 'commander';
import type { CommandRegistrar } from './index.ts';
import { formatOption, wholeNumber, withStore } from './options.ts';
import { renderTable } from './table.ts';

/** `armswatch articles` lists or searches stored articles, newest first. */
export const registerArticles: CommandRegistrar = (program) => {
  program
    .command('articles')
    .description('list stored articles, newest first')
    .option('--search <query>', 'full-text search over titles and text')
    .option('--limit <n>', 'how many to list', '50')
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: { search?: string; limit?: string; format?: string }, command: Command) => {
      const format = formatOption(options.format, ['table', 'json'] as const, 'table');
      const limit = wholeNumber('--limit', options.limit, 50);
      const rows = await withStore(command, (store) =>
        store.articles.list({ search: options.search ?? null, limit }),
      );
      if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else
        process.stdout.write(
          renderTable(
            ['id', 'date', 'title', 'duplicate_of'],
            rows.map((row) => [row.id, row.date, row.title, row.duplicate_of]),
          ),
        );
    });
};
