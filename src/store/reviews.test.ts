import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { factReview, transfer } from '../../test/support/facts.ts';
import { backends, freshStore, type TestStore } from '../../test/support/stores.ts';
import type { NewFactReview } from './index.ts';

const ordered = transfer({ quantity: 36, year: 2016, evidence: [{ start: 0, end: 12 }] });

function review(factId: string, overrides: Partial<NewFactReview> = {}): NewFactReview {
  return factReview(factId, ordered, { reviewer: 'ana', at: '2025-01-01T10:00:00.000Z', ...overrides });
}

for (const backend of backends()) {
  describe(`review store on ${backend}`, () => {
    let test: TestStore;
    before(async () => {
      test = await freshStore(backend);
    });
    after(() => test.dispose());

    it('reads back a review field by field, with the id it was given', async () => {
      const corrected = { ...ordered, quantity: 26 };
      const stored = await test.store.reviews.add(
        review('a1#0', { action: 'correct', after: corrected, note: 'the contract says 26' }),
      );
      assert.equal(typeof stored.id, 'number');
      assert.deepEqual(await test.store.reviews.listForFact('a1#0'), [
        {
          id: stored.id,
          factId: 'a1#0',
          action: 'correct',
          reviewer: 'ana',
          at: '2025-01-01T10:00:00.000Z',
          before: ordered,
          after: corrected,
          note: 'the contract says 26',
        },
      ]);
    });

    it('keeps a rejection with no fact after it', async () => {
      await test.store.reviews.add(review('a2#0', { action: 'reject', after: null, reviewer: 'ben' }));
      const [rejected] = await test.store.reviews.listForFact('a2#0');
      assert.equal(rejected?.after, null);
      assert.equal(rejected?.action, 'reject');
    });

    it('lists the whole trail newest first and narrows it by reviewer and action', async () => {
      await test.store.reviews.add(review('a1#0', { at: '2025-01-02T10:00:00.000Z' }));
      const all = await test.store.reviews.list({});
      assert.deepEqual(
        all.map((r) => [r.factId, r.action]),
        [
          ['a1#0', 'accept'],
          ['a2#0', 'reject'],
          ['a1#0', 'correct'],
        ],
      );
      assert.equal(await test.store.reviews.count({ reviewer: 'ana' }), 2);
      assert.equal(await test.store.reviews.count({ action: 'reject' }), 1);
      assert.deepEqual(
        (await test.store.reviews.list({ factId: 'a1#0', limit: 1, offset: 1 })).map((r) => r.action),
        ['correct'],
      );
    });

    it('gives the latest review of each fact, for all facts or the ones asked for', async () => {
      const latest = await test.store.reviews.latest();
      assert.deepEqual(
        latest.map((r) => [r.factId, r.action]),
        [
          ['a1#0', 'accept'],
          ['a2#0', 'reject'],
        ],
      );
      const some = await test.store.reviews.latest(['a2#0', 'nothing#0']);
      assert.deepEqual(
        some.map((r) => r.factId),
        ['a2#0'],
      );
      assert.deepEqual(await test.store.reviews.latest([]), []);
    });
  });
}
