import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadShareTotals, renderShares } from '../../src/cli/shares.ts';
import { AppError } from '../../src/errors.ts';
import { refreshRegister } from '../../src/pipeline/resolve.ts';
import { parseSipriCsv } from '../../src/reference/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { storedArticle, transfer } from '../support/facts.ts';
import {
  PER_DELIVERY_ROWS,
  perDeliveryCsv,
  TRADE_REGISTER_ROWS,
  tradeRegisterCsv,
} from '../support/sipri.ts';
import { backends, freshSqlitePath, freshStore, removeSqlite, type TestStore } from '../support/stores.ts';
import { runArmswatch } from './run.ts';

const PERIOD = { fromYear: 2020, toYear: 2024 };

async function importRows(store: Store, content: Buffer): Promise<void> {
  const parsed = parseSipriCsv(content, 'sipri.csv');
  await store.reference.replace(
    {
      fileName: 'sipri.csv',
      shape: parsed.shape,
      generated: parsed.generated,
      importedAt: '2026-03-01T10:00:00.000Z',
      rowCount: parsed.rowCount,
      dealCount: parsed.deals.length,
    },
    parsed.deals,
  );
}

async function sharesJson(
  store: Store,
  query: Parameters<typeof renderShares>[2],
  source: 'reference' | 'news',
) {
  const loaded = await loadShareTotals(store, source, query);
  return JSON.parse(renderShares('json', loaded, query, source));
}

function article(id: string, duplicateOf: string | null = null) {
  return storedArticle(id, '2023-05-01', { duplicateOf });
}

function delivered(supplier: string, recipient: string, system: string, year: number | null) {
  return transfer({ supplier, recipient, system, status: 'delivered', year });
}

for (const backend of backends()) {
  describe(`shares on ${backend}`, () => {
    let test: TestStore;
    before(async () => {
      test = await freshStore(backend);
    });
    after(() => test.dispose());

    it('tells the user to import a reference first', async () => {
      await assert.rejects(
        loadShareTotals(test.store, 'reference', { role: 'exporter' }),
        (error: unknown) =>
          error instanceof AppError && /armswatch import-sipri FILE\.csv/.test(error.message),
      );
    });

    it('gives exporters their share of the delivered TIV, largest first', async () => {
      await importRows(test.store, perDeliveryCsv(PER_DELIVERY_ROWS));
      assert.deepEqual(await sharesJson(test.store, { role: 'exporter', ...PERIOD }, 'reference'), [
        { country: 'FRA', share_pct: 71.97, value: 1800 },
        { country: 'RUS', share_pct: 23.99, value: 600 },
        { country: 'USA', share_pct: 4, value: 100 },
        { country: 'AGO', share_pct: 0.04, value: 1 },
      ]);
    });

    it("gives an importer's suppliers, and its supplier HHI in the table", async () => {
      const query = { role: 'importer' as const, country: 'IND', ...PERIOD };
      assert.deepEqual(await sharesJson(test.store, query, 'reference'), [
        { country: 'FRA', share_pct: 75, value: 1800 },
        { country: 'RUS', share_pct: 25, value: 600 },
      ]);
      const table = renderShares(
        'table',
        await loadShareTotals(test.store, 'reference', query),
        query,
        'reference',
      );
      assert.match(table, /^India's suppliers, 2020-2024 \(SIPRI per-delivery generated 2026-02-12\)\n/);
      assert.match(table, /\nHHI of IND's suppliers: 6250 \(high\)\n$/);
    });

    it("gives an exporter's customers, counting only the period's deliveries", async () => {
      const query = { role: 'exporter' as const, country: 'FRA', fromYear: 2021, toYear: 2021 };
      assert.deepEqual(await sharesJson(test.store, query, 'reference'), [
        { country: 'IND', share_pct: 100, value: 800 },
      ]);
    });

    it('prints csv with a header', async () => {
      const query = { role: 'importer' as const, ...PERIOD };
      const csv = renderShares(
        'csv',
        await loadShareTotals(test.store, 'reference', query),
        query,
        'reference',
      );
      assert.equal(csv, 'country,share_pct,value\nIND,95.96,2400\nPOL,4,100\nCIV,0.04,1\n');
    });

    it('counts organisations, non-state groups and unknown suppliers in the world total', async () => {
      await importRows(test.store, tradeRegisterCsv(TRADE_REGISTER_ROWS));
      const importers = await sharesJson(test.store, { role: 'importer', ...PERIOD }, 'reference');
      assert.deepEqual(importers, [
        { country: 'IND', share_pct: 85.96, value: 2400 },
        { country: 'POL', share_pct: 10.03, value: 280 },
        { country: 'org:NATO', share_pct: 3.58, value: 100 },
        { country: 'non-state:Houthis', share_pct: 0.36, value: 10 },
        { country: 'CIV', share_pct: 0.07, value: 2 },
      ]);
      const exporters = await sharesJson(test.store, { role: 'exporter', ...PERIOD }, 'reference');
      assert.deepEqual(
        exporters.map((row: { country: string }) => row.country),
        ['FRA', 'RUS', 'KOR', 'USA', 'unknown'],
      );
    });

    it('counts each delivery of the news register once, folding near-duplicate articles', async () => {
      await test.store.articles.insert(article('n1'), []);
      await test.store.articles.insert(article('n2'), []);
      await test.store.articles.insert(article('n3', 'n1'), []);
      await test.store.facts.replaceForArticle('n1', [
        delivered('KOR', 'POL', 'K2', 2022),
        delivered('USA', 'POL', 'AH-64E', 2024),
      ]);
      await test.store.facts.replaceForArticle('n2', [
        delivered('KOR', 'POL', 'K-2', 2022),
        delivered('KOR', 'POL', 'FA-50', 2023),
        { ...delivered('FRA', 'IND', 'Rafale', 2021), status: 'ordered' },
        delivered('FRA', 'IND', 'Rafale', null),
      ]);
      await test.store.facts.replaceForArticle('n3', [
        delivered('USA', 'POL', 'AH-64E', 2024),
        delivered('TUR', 'UKR', 'Bayraktar TB2', 2022),
      ]);
      // News shares are read from the register, as the API's are: resolution applies reviews and folds duplicates.
      await refreshRegister(test.store, new Date('2023-06-01T00:00:00.000Z'));
      assert.deepEqual(await sharesJson(test.store, { role: 'importer', country: 'POL' }, 'news'), [
        { country: 'KOR', share_pct: 66.67, value: 2 },
        { country: 'USA', share_pct: 33.33, value: 1 },
      ]);
      assert.deepEqual(await sharesJson(test.store, { role: 'exporter', fromYear: 2024 }, 'news'), [
        { country: 'USA', share_pct: 100, value: 1 },
      ]);
    });
  });
}

describe('armswatch shares', () => {
  const db = freshSqlitePath();
  after(() => removeSqlite(db));

  it('prints shares as JSON with ISO3 codes', async () => {
    const store = await openStore(db);
    await importRows(store, perDeliveryCsv(PER_DELIVERY_ROWS));
    await store.close();
    const run = runArmswatch([
      '--db',
      db,
      'shares',
      '--role',
      'importer',
      '--from',
      '2024',
      '--format',
      'json',
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [{ country: 'POL', share_pct: 100, value: 100 }]);
  });

  it('exits 2 on a role it does not know', async () => {
    const run = runArmswatch(['--db', db, 'shares', '--role', 'seller']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'armswatch: --role must be exporter or importer, got "seller"\n');
  });
});
