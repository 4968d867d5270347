import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { meta, production, storedFacts, testFold, transfer } from '../../test/support/facts.ts';
import { backends, freshStore, type TestStore } from '../../test/support/stores.ts';
import type { RegisterFilter, TransferRow } from '../model/index.ts';
import { resolveRegister } from '../resolve/index.ts';

const facts = [
  ...storedFacts('a1', [
    transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', year: 2019, status: 'delivered' }),
    transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Tor-M2KM', category: 'air-defence', year: 2019 }),
    production({ licensor: 'RUS' }),
  ]),
  ...storedFacts('a2', [
    transfer({ supplier: 'FRA', recipient: 'IND', quantity: 36, year: 2016 }),
    transfer({ supplier: 'RUS', recipient: 'IND', system: 'Su-30MKI', quantity: 12, year: 2021 }),
  ]),
  ...storedFacts('a3', [transfer({ supplier: 'FRA', recipient: 'IND', quantity: 35, year: 2016 })]),
];
const rows = resolveRegister(
  {
    facts,
    articles: [meta('a1', '2020-07-09'), meta('a2', '2021-01-05'), meta('a3', '2021-02-01')],
  },
  { fold: testFold },
);

for (const backend of backends()) {
  describe(`register store on ${backend}`, () => {
    let test: TestStore;
    const systems = async (filter: RegisterFilter) =>
      ((await test.store.register.list({ kind: 'transfer', ...filter })) as TransferRow[]).map(
        (row) => row.system,
      );

    before(async () => {
      test = await freshStore(backend);
      await test.store.register.sync(rows, '2024-01-01T00:00:00.000Z');
    });
    after(() => test.dispose());

    it('reads back every row as resolution wrote it', async () => {
      const stored = await test.store.register.list({ limit: 100 });
      assert.deepEqual(
        stored.map(({ updatedAt: _updatedAt, ...row }) => row).sort((a, b) => a.id.localeCompare(b.id)),
        rows,
      );
      assert.equal(await test.store.register.count({}), rows.length);
    });

    it('filters by supplier, recipient, category and status', async () => {
      assert.deepEqual(await systems({ supplier: 'RUS', recipient: 'ARM', sort: 'system' }), [
        'Su-30SM',
        'Tor-M2KM',
      ]);
      assert.deepEqual(await systems({ category: 'air-defence' }), ['Tor-M2KM']);
      assert.deepEqual(await systems({ status: 'delivered' }), ['Su-30SM']);
      assert.deepEqual(await systems({ country: 'FRA' }), ['Rafale']);
    });

    it('filters by folded system key prefix and by year range', async () => {
      assert.deepEqual((await systems({ systemKeys: ['su30'], sort: 'system' })).sort(), [
        'Su-30MKI',
        'Su-30SM',
      ]);
      assert.deepEqual(await systems({ from: 2020, to: 2021 }), ['Su-30MKI']);
      assert.deepEqual(await systems({ to: 2016 }), ['Rafale']);
    });

    it('filters rows with conflicts and rows citing an article', async () => {
      assert.deepEqual(await systems({ conflict: true }), ['Rafale']);
      assert.deepEqual(await systems({ articleId: 'a3' }), ['Rafale']);
      assert.equal(await test.store.register.count({ kind: 'production', recipient: 'ARM' }), 1);
    });

    it('sorts by recipient then supplier, and pages', async () => {
      const all = await test.store.register.list({ kind: 'transfer', sort: 'recipient' });
      assert.deepEqual(
        all.map((row) => (row.kind === 'transfer' ? `${row.recipient}<${row.supplier.consensus}` : '')),
        ['ARM<RUS', 'ARM<RUS', 'IND<FRA', 'IND<RUS'],
      );
      const page = await test.store.register.list({
        kind: 'transfer',
        sort: 'recipient',
        limit: 2,
        offset: 2,
      });
      assert.deepEqual(
        page.map((row) => row.id),
        all.slice(2).map((row) => row.id),
      );
    });

    it('removes rows that resolution no longer gives', async () => {
      const kept = rows.filter((row) => row.kind !== 'production');
      const result = await test.store.register.sync(kept, '2024-01-02T00:00:00.000Z');
      assert.deepEqual(result, { added: 0, changed: 0, removed: 1, unchanged: kept.length });
      assert.equal(await test.store.register.count({ kind: 'production' }), 0);
    });
  });
}
