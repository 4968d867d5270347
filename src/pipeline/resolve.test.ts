import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { factReview, share, storedArticle, transfer } from '../../test/support/facts.ts';
import { backends, freshStore, type TestStore } from '../../test/support/stores.ts';
import type { ShareRow, TransferRow } from '../model/index.ts';
import { refreshRegister } from './resolve.ts';

const NOW = new Date('2024-06-01T12:00:00.000Z');
const LATER = new Date('2024-06-02T12:00:00.000Z');

for (const backend of backends()) {
  describe(`refreshRegister on ${backend}`, () => {
    let test: TestStore;
    before(async () => {
      test = await freshStore(backend);
      const { store } = test;
      await store.articles.insert(storedArticle('a1', '2016-09-23'), []);
      await store.articles.insert(storedArticle('a2', '2016-09-24'), []);
      await store.articles.insert(storedArticle('copy', '2016-09-25', { duplicateOf: 'a2' }), []);
      await store.facts.replaceForArticle('a1', [transfer({ quantity: 36, year: 2016 })]);
      await store.facts.replaceForArticle('a2', [transfer({ quantity: 35, year: 2016 })]);
      await store.facts.replaceForArticle('copy', [transfer({ quantity: 35, year: 2016 })]);
    });
    after(() => test.dispose());

    it('writes one row for the deal with both quantities, the copy listed but voting once', async () => {
      const summary = await refreshRegister(test.store, NOW);
      assert.deepEqual(
        { facts: summary.facts, rows: summary.rows, added: summary.added },
        { facts: 3, rows: 1, added: 1 },
      );
      const [row] = (await test.store.register.list({})) as (TransferRow & { updatedAt: string })[];
      const quantity = row!.events[0]!.quantity;
      assert.deepEqual(
        quantity.values.map((vote) => [vote.value, vote.votes]),
        [
          [35, 1],
          [36, 1],
        ],
      );
      assert.equal(row!.sources.length, 3);
      assert.equal(row!.updatedAt, NOW.toISOString());
    });

    it('changes nothing on a rerun', async () => {
      const before = await test.store.register.list({});
      const summary = await refreshRegister(test.store, LATER);
      assert.deepEqual([summary.added, summary.changed, summary.removed, summary.unchanged], [0, 0, 0, 1]);
      assert.deepEqual(await test.store.register.list({}), before);
    });

    it('keeps the row id when a new article reports the same deal', async () => {
      const [before] = await test.store.register.list({});
      const text = 'India bought nearly all of its combat aircraft from Russia in those years.';
      await test.store.articles.insert(storedArticle('a3', '2020-07-29', { text }), []);
      await test.store.facts.replaceForArticle('a3', [
        transfer({ status: 'delivered', quantity: 5, year: 2020 }),
        share({
          subject: 'IND',
          counterpart: 'RUS',
          share_pct: null,
          evidence: [{ start: 0, end: text.length }],
        }),
      ]);
      const summary = await refreshRegister(test.store, LATER);
      assert.deepEqual([summary.added, summary.changed], [1, 1]);
      const row = (await test.store.register.get(before!.id)) as TransferRow & { updatedAt: string };
      assert.deepEqual(
        row.events.map((event) => event.status),
        ['ordered', 'delivered'],
      );
      assert.equal(row.updatedAt, LATER.toISOString());
    });

    it('reads shares in words from the stored article text', async () => {
      const [row] = (await test.store.register.list({ kind: 'share' })) as ShareRow[];
      assert.deepEqual(row!.wording, { phrase: 'nearly all', minPct: 80, maxPct: 100 });
      assert.equal(row!.subject, 'IND');
    });

    it('applies reviews: a rejected fact leaves the row, a correction changes its value', async () => {
      const reviewed = transfer({ quantity: 36, year: 2016 });
      const reported = transfer({ quantity: 35, year: 2016 });
      await test.store.reviews.add(factReview('a2#0', reported, { action: 'correct', after: reviewed }));
      await test.store.reviews.add(
        factReview('copy#0', reported, {
          action: 'reject',
          at: '2024-06-02T00:00:01.000Z',
          after: null,
          note: 'copy of a2',
        }),
      );
      const summary = await refreshRegister(test.store, LATER);
      assert.equal(summary.effectiveFacts, summary.facts - 1);
      const [row] = (await test.store.register.list({ kind: 'transfer' })) as TransferRow[];
      const ordered = row!.events[0]!;
      assert.deepEqual(
        ordered.quantity.values.map((vote) => [vote.value, vote.votes]),
        [[36, 2]],
      );
      assert.deepEqual(row!.conflicts, []);
      assert.ok(!row!.sources.some((source) => source.articleId === 'copy'));
    });
  });
}

for (const backend of backends()) {
  describe(`refreshRegister of a few articles on ${backend}`, () => {
    let test: TestStore;
    /** A full refresh right after a partial one finds nothing to do: the partial one did all of it. */
    const assertComplete = async () => {
      const full = await refreshRegister(test.store, LATER);
      assert.deepEqual([full.added, full.changed, full.removed], [0, 0, 0]);
    };

    before(async () => {
      test = await freshStore(backend);
      const { store } = test;
      await store.articles.insert(storedArticle('a1', '2016-09-23'), []);
      await store.articles.insert(storedArticle('a2', '2016-09-24'), []);
      await store.facts.replaceForArticle('a1', [transfer({ quantity: 36, year: 2016 })]);
      await store.facts.replaceForArticle('a2', [
        transfer({ quantity: 35, year: 2016 }),
        transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', status: 'delivered', year: 2019 }),
      ]);
      await refreshRegister(store, NOW);
    });
    after(() => test.dispose());

    it('redoes only the groups of a new article', async () => {
      await test.store.articles.insert(storedArticle('a3', '2020-07-29'), []);
      await test.store.facts.replaceForArticle('a3', [
        transfer({ status: 'delivered', quantity: 5, year: 2020 }),
        share({ subject: 'IND', counterpart: 'FRA', share_pct: 30 }),
      ]);
      const summary = await refreshRegister(test.store, LATER, { articleIds: ['a3'] });
      assert.deepEqual([summary.groups, summary.added, summary.changed, summary.unchanged], [2, 1, 1, 0]);
      await assertComplete();
    });

    it('moves a fact whose correction changes its group', async () => {
      await test.store.reviews.add(
        factReview('a2#0', transfer({ quantity: 35, year: 2016 }), {
          action: 'correct',
          after: transfer({ recipient: 'QAT', quantity: 24, year: 2015 }),
        }),
      );
      const summary = await refreshRegister(test.store, LATER, { articleIds: ['a2'] });
      assert.equal(summary.groups, 3, 'IND and QAT Rafale, ARM Su-30SM');
      assert.equal(await test.store.register.count({ recipient: 'QAT' }), 1);
      await assertComplete();
    });

    it('drops the row of a rejected fact', async () => {
      const su30 = transfer({
        supplier: 'RUS',
        recipient: 'ARM',
        system: 'Su-30SM',
        status: 'delivered',
        year: 2019,
      });
      await test.store.reviews.add(factReview('a2#1', su30, { action: 'reject', after: null }));
      const summary = await refreshRegister(test.store, LATER, { articleIds: ['a2'] });
      assert.equal(summary.removed, 1);
      assert.equal(await test.store.register.count({ recipient: 'ARM' }), 0);
      await assertComplete();
    });
  });
}
