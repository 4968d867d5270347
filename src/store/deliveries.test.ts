import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { meta, storedFacts, transfer } from '../../test/support/facts.ts';
import { backends, freshStore, type TestStore } from '../../test/support/stores.ts';
import { resolveRegister } from '../resolve/index.ts';

const byKey = (a: { supplier: string; year: number }, b: { supplier: string; year: number }) =>
  a.supplier.localeCompare(b.supplier) || a.year - b.year;

for (const backend of backends()) {
  describe(`delivery counts on ${backend}`, () => {
    let test: TestStore;
    before(async () => {
      test = await freshStore(backend);
    });
    after(() => test.dispose());

    it('counts each delivery year of each deal once, from the rows resolution writes', async () => {
      const facts = [
        ...storedFacts('a1', [
          transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', status: 'delivered', year: 2019 }),
          transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', status: 'delivered', year: 2020 }),
          transfer({
            supplier: 'RUS',
            recipient: 'ARM',
            system: 'TOR-M2KM',
            status: 'delivered',
            year: 2019,
          }),
          transfer({ supplier: 'FRA', recipient: 'IND', system: 'Rafale', status: 'ordered', year: 2016 }),
        ]),
        ...storedFacts('a2', [
          transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', status: 'delivered', year: 2019 }),
          transfer({ supplier: null, recipient: 'ARM', system: 'Osa-AK', status: 'delivered', year: 2018 }),
        ]),
      ];
      const rows = resolveRegister({ facts, articles: [meta('a1', '2020-07-09'), meta('a2', '2020-08-01')] });
      await test.store.register.sync(rows, '2025-01-01T00:00:00.000Z');
      const counts = (await test.store.deliveries.counts({ recipient: 'ARM' })).sort(byKey);
      assert.deepEqual(counts, [
        { supplier: 'RUS', recipient: 'ARM', year: 2019, value: 2 },
        { supplier: 'RUS', recipient: 'ARM', year: 2020, value: 1 },
        { supplier: 'unknown', recipient: 'ARM', year: 2018, value: 1 },
      ]);
      assert.deepEqual(await test.store.deliveries.counts({ supplier: 'FRA' }), []);
      assert.deepEqual(
        (await test.store.deliveries.counts({ fromYear: 2020, toYear: 2020 })).map((c) => c.year),
        [2020],
      );
    });

    it('follows the register when rows change or go', async () => {
      const facts = storedFacts('a3', [
        transfer({ supplier: 'FRA', recipient: 'IND', system: 'Rafale', status: 'delivered', year: 2020 }),
      ]);
      await test.store.register.sync(
        resolveRegister({ facts, articles: [meta('a3', '2021-01-01')] }),
        '2025-01-02T00:00:00.000Z',
      );
      assert.deepEqual(await test.store.deliveries.counts({ recipient: 'ARM' }), []);
      assert.deepEqual(await test.store.deliveries.counts({ recipient: 'IND' }), [
        { supplier: 'FRA', recipient: 'IND', year: 2020, value: 1 },
      ]);
    });
  });
}
