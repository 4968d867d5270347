import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Comparison } from '../../src/analyse/compare.ts';
import type { ReferenceDeal } from '../../src/model/index.ts';
import { share, storedArticle, transfer } from '../support/facts.ts';
import { backends, freshStore, type TestStore } from '../support/stores.ts';
import { runArmswatch } from './run.ts';

/** Serbia's Pantsir from Russia and two earlier Russian deliveries, as a reference would record them. */
function referenceDeal(
  dealId: string,
  designation: string,
  orderYear: number,
  deliveryYear: number,
): ReferenceDeal {
  return {
    dealId,
    supplier: 'RUS',
    supplierName: 'Russia',
    recipient: 'SRB',
    recipientName: 'Serbia',
    designation,
    description: 'SAM system',
    category: 'air-defence',
    orderYear,
    orderYearEstimated: false,
    quantityOrdered: 1,
    quantityOrderedEstimated: false,
    quantityDelivered: 1,
    deliveries: [{ year: deliveryYear, quantity: 1, tiv: 50, estimated: false }],
    status: 'New',
    comments: null,
    tivPerUnit: 50,
    tivTotal: 50,
    tivDelivered: 50,
    localProduction: null,
  };
}

for (const backend of backends()) {
  describe(`armswatch compare on ${backend}`, () => {
    let test: TestStore;
    const run = (...args: string[]) => runArmswatch(['--db', test.location, ...args]);

    before(async () => {
      test = await freshStore(backend);
      const { store } = test;
      await store.articles.insert(storedArticle('a1', '2021-02-22'), []);
      await store.facts.replaceForArticle('a1', [
        transfer({ supplier: 'BLR', recipient: 'SRB', system: 'Pantsir-S1', quantity: 1, year: 2019 }),
        transfer({ supplier: 'CHN', recipient: 'SRB', system: 'FK-3', quantity: 1, year: 2021 }),
        share({ subject: 'SRB', counterpart: 'RUS', share_pct: 60, period_start: 2019, period_end: 2020 }),
      ]);
      await store.reference.replace(
        {
          fileName: 'reference.csv',
          shape: 'per-delivery',
          generated: '2025-03-01',
          importedAt: '2025-03-02T00:00:00.000Z',
          rowCount: 2,
          dealCount: 2,
        },
        [referenceDeal('r1', 'Pantsir-S1', 2019, 2020), referenceDeal('r2', 'Kub', 2017, 2019)],
      );
      assert.equal(run('resolve').status, 0);
    });
    after(() => test.dispose());

    it('reports the supplier the reference contradicts, the deal it lacks, and the share it contradicts', () => {
      const result = run('compare', '--country', 'SRB', '--format', 'json');
      assert.equal(result.status, 0, result.stderr);
      const comparison = JSON.parse(result.stdout) as Comparison;
      assert.deepEqual(
        comparison.contradicted.map((entry) => [entry.dealId, entry.differences]),
        [['r1', [{ field: 'supplier', news: 'BLR', reference: 'RUS' }]]],
      );
      assert.deepEqual(
        comparison.newsOnly.map((entry) => [entry.system, entry.reason]),
        [['HQ-22', 'new']],
      );
      assert.deepEqual(
        comparison.shares.map((check) => [check.statedPct, check.computedPct, check.verdict]),
        [[60, 100, 'contradicted']],
      );
    });

    it('prints the three sections as tables', () => {
      const text = run('compare').stdout;
      assert.match(
        text,
        /^reference years 2019-2020; deals in the news that the reference records as reported: 0/,
      );
      assert.match(text, /in the news, not in the reference \(1\):/);
      assert.match(text, /supplier: news BLR, reference RUS/);
      assert.match(text, /share statements \(1\):/);
    });

    it('says so when no reference is imported', async () => {
      const empty = await freshStore(backend);
      try {
        const result = runArmswatch(['--db', empty.location, 'compare']);
        assert.equal(result.status, 1);
        assert.match(result.stderr, /no SIPRI reference imported yet/);
      } finally {
        await empty.dispose();
      }
    });
  });
}
