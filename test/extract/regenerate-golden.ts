/**
 * Rewrites the expected facts beside every fixture article from the extractor as it is now.
 * Run `npx tsx test/extract/regenerate-golden.ts` after a deliberate change, then review the diff:
 * every changed line is a change in what armswatch reads from these articles.
 */
import { writeFileSync } from 'node:fs';
import { extractFacts } from '../../src/extract/index.ts';
import { expectedPath, fixtureArticles } from './golden.ts';

for (const article of fixtureArticles()) {
  const facts = extractFacts(article);
  writeFileSync(expectedPath(article.id), `${JSON.stringify(facts, null, 2)}\n`);
  process.stdout.write(`${article.id}: ${facts.length} facts\n`);
}
