import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storedArticle, transfer } from '../../test/support/facts.ts';
import { backends, freshStore, type TestStore } from '../../test/support/stores.ts';
import type { Article } from '../model/index.ts';

function article(id: string, text: string, overrides: Partial<Article> = {}): Article {
  return storedArticle(id, '2024-03-01', { text, ...overrides });
}

const delivery = transfer({
  quantity: 36,
  year: 2016,
  evidence: [
    { start: 0, end: 20 },
    { start: 30, end: 44 },
  ],
});

for (const backend of backends()) {
  describe(`store on ${backend}`, () => {
    let test: TestStore;
    before(async () => {
      test = await freshStore(backend);
    });
    after(() => test.dispose());

    it('reads back a stored article field by field', async () => {
      await test.store.articles.insert(article('a1', 'India signed for Rafale fighters.'), ['b1', 'b2']);
      const read = await test.store.articles.get('a1');
      assert.deepEqual(read, article('a1', 'India signed for Rafale fighters.'));
      assert.equal((await test.store.articles.findByHash('hash-a1'))?.id, 'a1');
    });

    it('finds articles by full-text search over title and text', async () => {
      await test.store.articles.insert(article('a2', 'Howitzers reached the border brigade.'), []);
      const hits = await test.store.articles.list({ search: 'howitzers' });
      assert.deepEqual(
        hits.map((hit) => hit.id),
        ['a2'],
      );
      assert.equal(await test.store.articles.count({ search: 'rafale' }), 1);
    });

    it('treats search syntax characters as plain words', async () => {
      const hits = await test.store.articles.list({ search: 'rafale" (' });
      assert.deepEqual(
        hits.map((hit) => hit.id),
        ['a1'],
      );
    });

    it('counts the bands an article shares with earlier ones', async () => {
      await test.store.articles.insert(article('a3', 'Copy of the first story.'), ['b1', 'b3']);
      const shared = await test.store.articles.findByBands(['b1', 'b2', 'b3']);
      assert.deepEqual(
        shared.sort((x, y) => x.id.localeCompare(y.id)),
        [
          { id: 'a1', shared: 2 },
          { id: 'a3', shared: 2 },
        ],
      );
    });

    it('stores facts with evidence spans and replaces them on re-extraction', async () => {
      await test.store.facts.replaceForArticle('a1', [
        delivery,
        { ...delivery, status: 'delivered', year: 2020 },
      ]);
      await test.store.facts.replaceForArticle('a1', [delivery]);
      const facts = await test.store.facts.listForArticle('a1');
      assert.deepEqual(facts, [{ id: 'a1#0', articleId: 'a1', index: 0, fact: delivery }]);
    });

    it('rolls back every write of a failed transaction', async () => {
      await assert.rejects(
        test.store.transaction(async (tx) => {
          await tx.articles.insert(article('a4', 'Never stored.'), []);
          await tx.articles.insert(article('a4', 'Same id again.'), []);
        }),
      );
      assert.equal(await test.store.articles.get('a4'), null);
    });
  });
}
