import type { Command } from 'commander';
import { AppError } from '../errors.ts';
import type { CommandRegistrar } from './index.ts';
import { formatOption, wholeNumber, withStore } from './options.ts';
import { renderTable } from './table.ts';

/** `armswatch articles` lists or searches stored articles; `armswatch show ID` prints one with its facts. */
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

  program
    .command('show')
    .description('print one stored article with its facts')
    .argument('<id>', 'article id')
    .option('--format <format>', 'text or json', 'text')
    .action(async (id: string, options: { format?: string }, command: Command) => {
      const format = formatOption(options.format, ['text', 'json'] as const, 'text');
      const { article, facts } = await withStore(command, async (store) => ({
        article: await store.articles.get(id),
        facts: await store.facts.listForArticle(id),
      }));
      if (!article)
        throw new AppError('not_found', `no article with id "${id}" (list them with: armswatch articles)`);
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify({ ...article, facts }, null, 2)}\n`);
        return;
      }
      const header = [
        `id:        ${article.id}`,
        `title:     ${article.title ?? ''}`,
        `date:      ${article.date ?? ''}`,
        `source:    ${article.source}`,
        `duplicate: ${article.duplicateOf ?? 'no'}`,
      ];
      const factLines = facts.map((stored) => `  ${JSON.stringify({ ...stored.fact, evidence: undefined })}`);
      process.stdout.write(
        `${header.join('\n')}\n\n${article.text}\n\nfacts (${facts.length}):\n${factLines.join('\n')}\n`,
      );
    });
};
