import type { Command } from 'commander';
import { AppError } from '../errors.ts';
import type { Article, StoredFact } from '../model/index.ts';
import type { CommandRegistrar } from './index.ts';
import { formatOption, withStore } from './options.ts';

/** `armswatch show ID` prints one stored article with its facts, as text or JSON. */
export const registerShow: CommandRegistrar = (program) => {
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
      process.stdout.write(
        format === 'json'
          ? `${JSON.stringify({ ...article, facts }, null, 2)}\n`
          : articleText(article, facts),
      );
    });
};

/** The article's metadata, its text, then one JSON line per fact (evidence left out: it points into the text). */
function articleText(article: Article, facts: readonly StoredFact[]): string {
  const header = [
    `id:        ${article.id}`,
    `title:     ${article.title ?? ''}`,
    `date:      ${article.date ?? ''}`,
    `source:    ${article.source}`,
    `duplicate: ${article.duplicateOf ?? 'no'}`,
  ];
  const factLines = facts.map((stored) => `  ${JSON.stringify({ ...stored.fact, evidence: undefined })}`);
  return `${header.join('\n')}\n\n${article.text}\n\nfacts (${facts.length}):\n${factLines.join('\n')}\n`;
}
