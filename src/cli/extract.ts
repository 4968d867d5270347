import type { Command } from 'commander';
import { numericSetting } from '../config.ts';
import { describeFact, extractFacts } from '../extract/index.ts';
import { articleIdentity, readArticles } from '../ingest/index.ts';
import type { ArticleDraft, ArticleFacts, Fact } from '../model/index.ts';
import type { CommandRegistrar } from './index.ts';
import { EXIT } from './index.ts';
import { formatOption } from './options.ts';

interface ExtractFlags {
  format?: string;
  maxArticleBytes?: string;
}

const FORMATS = ['jsonl', 'pretty'] as const;

/**
 * `armswatch extract PATH|URL|- ...` prints the facts of every article, in input order, without a database:
 * `--format jsonl` one `{"id","facts"}` line per article as FACTS.md specifies, `--format pretty` each fact
 * beside the sentence that states it.
 */
export const registerExtract: CommandRegistrar = (program, setExit) => {
  program
    .command('extract')
    .description('print the facts of articles (files, folders, URLs, - for stdin) without storing them')
    .argument('<inputs...>', 'paths, folders, URLs of a page or feed, or - for standard input')
    .option('--format <format>', 'jsonl (one {"id","facts"} line per article) or pretty', 'jsonl')
    .option(
      '--max-article-bytes <n>',
      'largest article accepted (env ARMSWATCH_MAX_ARTICLE_BYTES, default 5 MB)',
    )
    .action(async (inputs: string[], flags: ExtractFlags, _command: Command) => {
      const format = formatOption(flags.format, FORMATS, 'jsonl');
      const maxArticleBytes = numericSetting('maxArticleBytes', flags.maxArticleBytes);
      let rejected = 0;
      for await (const outcome of readArticles(inputs, { maxArticleBytes })) {
        if (outcome.kind === 'rejected') {
          rejected++;
          process.stderr.write(`${outcome.error.message}\n`);
          continue;
        }
        const id = articleIdentity(outcome.draft).id;
        const facts = extractFacts({ ...outcome.draft, id });
        process.stdout.write(
          format === 'jsonl'
            ? `${JSON.stringify({ id, facts } satisfies ArticleFacts)}\n`
            : pretty(id, outcome.draft, facts),
        );
      }
      setExit(rejected > 0 ? EXIT.someFailed : EXIT.ok);
    });
};

/** An article's facts for people: each fact, then the sentences that state it. */
function pretty(id: string, draft: ArticleDraft, facts: Fact[]): string {
  const heading = [id, draft.date, draft.title].filter((part) => part !== null && part !== '').join('  ');
  const lines = [`${heading}  (${facts.length} ${facts.length === 1 ? 'fact' : 'facts'})`];
  for (const fact of facts) {
    lines.push(`  ${describeFact(fact)}`);
    for (const span of fact.evidence) {
      lines.push(`      | ${draft.text.slice(span.start, span.end).replace(/\s+/g, ' ')}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}
