import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleDraft } from '../model/index.ts';
import { articleIdentity } from './identity.ts';

const draft: ArticleDraft = {
  id: null,
  url: null,
  date: null,
  title: 'T',
  text: 'Body  text.\n',
  source: 'a.txt',
};

describe('article identity', () => {
  it('derives a stable id from the content when the article brings none', () => {
    const { id, contentHash } = articleIdentity(draft);
    assert.match(contentHash, /^[0-9a-f]{64}$/);
    assert.equal(id, contentHash.slice(0, 16));
    assert.deepEqual(articleIdentity({ ...draft }), { id, contentHash });
  });

  it('keeps the id of a JSON article', () => {
    assert.equal(articleIdentity({ ...draft, id: 'a001' }).id, 'a001');
  });

  it('gives the same hash to a copy differing only in whitespace, date and source', () => {
    const copy = { ...draft, text: ' Body text.', date: '2024-01-01', source: 'b.json#2' };
    assert.equal(articleIdentity(copy).contentHash, articleIdentity(draft).contentHash);
  });

  it('gives another hash when the title or a word changes', () => {
    assert.notEqual(
      articleIdentity({ ...draft, title: 'U' }).contentHash,
      articleIdentity(draft).contentHash,
    );
    assert.notEqual(
      articleIdentity({ ...draft, text: 'Body texts.' }).contentHash,
      articleIdentity(draft).contentHash,
    );
  });
});
