import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { meta, referenceDeal, storedFacts, transfer } from '../../test/support/facts.ts';
import { backends, freshStore, type TestStore } from '../../test/support/stores.ts';
import type { ReferenceDeal, ReferenceImport } from '../model/index.ts';
import { resolveRegister } from '../resolve/index.ts';
import { compareNews, countryProfile, fiveYearWindows } from './profiles.ts';

describe('five-year windows', () => {
  it('end at the last year and go back, latest first, as SIPRI groups its periods', () => {
    assert.deepEqual(fiveYearWindows({ from: 2015, to: 2024 }), [
      { from: 2020, to: 2024 },
      { from: 2015, to: 2019 },
    ]);
  });

  it('clip the earliest window to the first year', () => {
    assert.deepEqual(fiveYearWindows({ from: 2012, to: 2019 }), [
      { from: 2015, to: 2019 },
      { from: 2012, to: 2014 },
    ]);
    assert.deepEqual(fiveYearWindows({ from: 2020, to: 2020 }), [{ from: 2020, to: 2020 }]);
  });
});

const RAFALE = referenceDeal();

function imported(importedAt: string, deals: ReferenceDeal[]): ReferenceImport {
  return {
    fileName: 'reference.csv',
    shape: 'trade-register',
    generated: null,
    importedAt,
    rowCount: deals.length,
    dealCount: deals.length,
  };
}

for (const backend of backends()) {
  describe(`profiles against the reference on ${backend}`, () => {
    let test: TestStore;
    before(async () => {
      test = await freshStore(backend);
      const facts = storedFacts('a1', [
        transfer({ supplier: 'FRA', recipient: 'IND', system: 'Rafale', quantity: 36, year: 2016 }),
      ]);
      const rows = resolveRegister({ facts, articles: [meta('a1', '2016-09-23')] });
      await test.store.register.sync(rows, '2025-01-01T00:00:00.000Z');
    });
    after(() => test.dispose());

    it('compares with the reference of the latest import, not an earlier one it has read', async () => {
      const period = { from: 2010, to: 2024 };
      await test.store.reference.replace(imported('2025-01-01T00:00:00.000Z', [RAFALE]), [RAFALE]);
      assert.equal((await countryProfile(test.store, 'IND', period)).comparison.matched, 1);
      assert.equal((await compareNews(test.store, { country: 'FRA' })).matched, 1);

      const other = { ...RAFALE, quantityOrdered: 26, quantityDelivered: 26 };
      await test.store.reference.replace(imported('2025-02-01T00:00:00.000Z', [other]), [other]);
      const profile = await countryProfile(test.store, 'IND', period);
      assert.deepEqual(
        profile.comparison.contradicted.map((entry) => entry.differences),
        [[{ field: 'quantity', news: 36, reference: 26 }]],
      );
      assert.equal((await compareNews(test.store, {})).contradicted.length, 1);
    });
  });
}
