/** The golden fixtures: short articles written for these tests, each beside the facts expected of it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractInput } from '../../src/extract/index.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/extract/', import.meta.url));

/** Every fixture article, by file name order. */
export function fixtureArticles(): ExtractInput[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.facts.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as ExtractInput);
}

/** Where the expected facts of an article are kept. */
export function expectedPath(id: string): string {
  return join(FIXTURES, `${id}.facts.json`);
}
