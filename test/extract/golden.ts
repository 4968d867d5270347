/** The golden fixtures: short articles written for these tests, each beside the facts expected of it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractInput } from '../../src/extract/index.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/extract/', import.meta.url));
/** The fixture articles, one JSON article a file, readable by `armswatch extract` as they are. */
export const ARTICLES = join(FIXTURES, 'articles');

/** Every fixture article, by file name order. */
export function fixtureArticles(): ExtractInput[] {
  return readdirSync(ARTICLES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(ARTICLES, name), 'utf8')) as ExtractInput);
}

/** Where the expected facts of an article are kept. */
export function expectedPath(id: string): string {
  return join(FIXTURES, 'expected', `${id}.json`);
}
