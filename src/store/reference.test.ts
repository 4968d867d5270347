import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  PER_DELIVERY_ROWS,
  perDeliveryCsv,
  TRADE_REGISTER_ROWS,
  tradeRegisterCsv,
} from '../../test/support/sipri.ts';
import { backends, freshStore, type TestStore } from '../../test/support/stores.ts';
import type { ReferenceImport } from '../model/index.ts';
import { parseSipriCsv } from '../reference/index.ts';

const register = parseSipriCsv(tradeRegisterCsv(TRADE_REGISTER_ROWS), 'register.csv');
const perDelivery = parseSipriCsv(perDeliveryCsv(PER_DELIVERY_ROWS), 'deliveries.csv');

function metaOf(parsed: typeof register, fileName: string): ReferenceImport {
  return {
    fileName,
    shape: parsed.shape,
    generated: parsed.generated,
    importedAt: '2026-03-01T10:00:00.000Z',
    rowCount: parsed.rowCount,
    dealCount: parsed.deals.length,
  };
}

for (const backend of backends()) {
  describe(`reference store on ${backend}`, () => {
    let test: TestStore;
    before(async () => {
      test = await freshStore(backend);
    });
    after(() => test.dispose());

    it('has no metadata before the first import', async () => {
      assert.equal(await test.store.reference.metadata(), null);
      assert.deepEqual(await test.store.reference.listDeals(), []);
    });

    it('reads back every deal of a trade register field by field', async () => {
      await test.store.reference.replace(metaOf(register, 'register.csv'), register.deals);
      assert.deepEqual(await test.store.reference.metadata(), metaOf(register, 'register.csv'));
      const byId = (deals: typeof register.deals) =>
        [...deals].sort((a, b) => a.dealId.localeCompare(b.dealId));
      assert.deepEqual(byId(await test.store.reference.listDeals()), byId(register.deals));
    });

    it('filters deals by party, category, designation and years', async () => {
      const designations = async (filter: Parameters<typeof test.store.reference.listDeals>[0]) =>
        (await test.store.reference.listDeals(filter)).map((deal) => deal.designation).sort();
      assert.deepEqual(await designations({ recipient: 'IND' }), ['Rafale', 'S-400']);
      assert.deepEqual(await designations({ supplier: 'FRA', category: 'aircraft' }), ['Rafale']);
      assert.deepEqual(await designations({ designation: 'e3a awacs' }), ['E-3A AWACS']);
      assert.deepEqual(await designations({ fromYear: 2022, toYear: 2022 }), [
        'K2',
        'Rafale',
        'S-400',
        'Samad-3',
      ]);
      assert.deepEqual(await designations({ toYear: 1990 }), ['MiG-25']);
      // Rafale: ordered 2016, delivered 2020-2022; one party and one bound find it by either year.
      assert.deepEqual(await designations({ supplier: 'FRA', fromYear: 2021, toYear: 2021 }), ['Rafale']);
      assert.deepEqual(await designations({ recipient: 'IND', fromYear: 2016, toYear: 2016 }), ['Rafale']);
      assert.deepEqual(await designations({ supplier: 'FRA', toYear: 2015 }), []);
    });

    it('spreads a register deal delivered over several years evenly in the totals', async () => {
      const totals = await test.store.reference.deliveryTotals({ supplier: 'FRA', recipient: 'IND' });
      assert.deepEqual(totals, [
        { supplier: 'FRA', recipient: 'IND', year: 2020, value: 600 },
        { supplier: 'FRA', recipient: 'IND', year: 2021, value: 600 },
        { supplier: 'FRA', recipient: 'IND', year: 2022, value: 600 },
      ]);
      const total = (await test.store.reference.deliveryTotals({ fromYear: 2022, toYear: 2023 })).reduce(
        (sum, row) => sum + row.value,
        0,
      );
      assert.equal(total, 600 + 300 + 10 + 100 + 280);
    });

    it('replaces the old reference whole on a new import', async () => {
      await test.store.reference.replace(metaOf(perDelivery, 'deliveries.csv'), perDelivery.deals);
      assert.equal((await test.store.reference.metadata())?.shape, 'per-delivery');
      const deals = await test.store.reference.listDeals();
      assert.deepEqual(deals.map((deal) => deal.dealId).sort(), ['101', '102', '103', '104']);
      const totals = await test.store.reference.deliveryTotals({ supplier: 'FRA' });
      assert.deepEqual(
        totals.map((row) => [row.year, row.value]),
        [
          [2020, 500],
          [2021, 800],
          [2022, 500],
        ],
      );
    });

    it('keeps the previous reference when a replacement fails midway', async () => {
      const clash = [register.deals[0]!, register.deals[0]!];
      await assert.rejects(test.store.reference.replace(metaOf(register, 'bad.csv'), clash));
      assert.equal((await test.store.reference.metadata())?.fileName, 'deliveries.csv');
      assert.equal((await test.store.reference.listDeals()).length, 4);
    });
  });
}
