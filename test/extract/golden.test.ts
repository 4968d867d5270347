import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src/extract/index.ts';
import { expectedPath, fixtureArticles } from './golden.ts';

describe('golden fixtures: extracted facts equal the reviewed expectations', () => {
  const articles = fixtureArticles();

  it('has fixture articles, each with its expected facts', () => {
    assert.ok(articles.length >= 10, `only ${articles.length} fixture articles`);
    for (const article of articles)
      assert.ok(existsSync(expectedPath(article.id)), `no expectations for ${article.id}`);
  });

  for (const article of articles) {
    it(`reads ${article.id} as expected`, () => {
      const expected = JSON.parse(readFileSync(expectedPath(article.id), 'utf8'));
      assert.deepStrictEqual(extractFacts(article), expected);
    });
  }
});
