import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { REGISTER_COLUMNS } from '../../src/analyse/register-export.ts';
import type { TransferRow } from '../../src/model/index.ts';
import { storedArticle, transfer } from '../support/facts.ts';
import { backends, freshStore, type TestStore } from '../support/stores.ts';
import { runArmswatch } from './run.ts';

for (const backend of backends()) {
  describe(`armswatch register on ${backend}`, () => {
    let test: TestStore;
    const run = (...args: string[]) => runArmswatch(['--db', test.location, ...args]);

    before(async () => {
      test = await freshStore(backend);
      const { store } = test;
      await store.articles.insert(storedArticle('a1', '2016-09-23'), []);
      await store.articles.insert(storedArticle('a2', '2020-07-29'), []);
      await store.facts.replaceForArticle('a1', [
        transfer({ quantity: 36, year: 2016 }),
        transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', year: 2019, status: 'delivered' }),
      ]);
      await store.facts.replaceForArticle('a2', [
        transfer({ quantity: 35, year: 2016 }),
        transfer({ quantity: 5, year: 2020, status: 'delivered' }),
      ]);
      assert.match(run('resolve').stdout, /^register: 2 rows from 4 facts \(added 2, changed 0, removed 0\)/);
    });
    after(() => test.dispose());

    it('prints the register as CSV in SIPRI trade-register columns plus sources and conflicts', () => {
      const result = run('register', '--format', 'csv', '--recipient', 'IND');
      assert.equal(result.status, 0, result.stderr);
      const [header, ...records] = parse(result.stdout) as string[][];
      assert.deepEqual(header, REGISTER_COLUMNS.transfer);
      assert.equal(records.length, 1);
      const record = Object.fromEntries(header!.map((column, index) => [column, records[0]![index]]));
      assert.deepEqual(
        [
          record.Recipient,
          record.Supplier,
          record['Year of order'],
          record['Number ordered'],
          record['Weapon designation'],
          record['Number delivered'],
          record['Year(s) of delivery'],
          record.status,
        ],
        ['India', 'France', '2016', '35', 'Rafale', '5', '2020', 'delivered'],
      );
      assert.equal(record.Comments, 'ordered quantity: 35 (1 source) vs 36 (1 source)');
      assert.equal(record.Sources, 'a1; a2');
      assert.equal(record.Conflicts, 'ordered.quantity');
      assert.deepEqual([record['First reported'], record['Last reported']], ['2016-09-23', '2020-07-29']);
    });

    it('filters by supplier, system and years, and prints JSON', () => {
      const byRussia = JSON.parse(
        run('register', '--format', 'json', '--supplier', 'Russia').stdout,
      ) as TransferRow[];
      assert.deepEqual(
        byRussia.map((row) => row.system),
        ['Su-30SM'],
      );
      const bySystem = JSON.parse(
        run('register', '--format', 'json', '--system', 'su 30').stdout,
      ) as TransferRow[];
      assert.deepEqual(
        bySystem.map((row) => row.recipient),
        ['ARM'],
      );
      const byYears = JSON.parse(run('register', '--format', 'json', '--from', '2020').stdout);
      assert.deepEqual(
        byYears.map((row: TransferRow) => row.recipient),
        ['IND'],
        'the Rafale deal runs 2016-2020, the Su-30SM delivery is of 2019',
      );
      const conflicted = JSON.parse(run('register', '--format', 'json', '--conflicts').stdout);
      assert.deepEqual(
        conflicted.map((row: TransferRow) => row.recipient),
        ['IND'],
      );
    });

    it('rejects a bad filter with a usage error', () => {
      const result = run('register', '--status', 'shipped');
      assert.equal(result.status, 2);
      assert.match(
        result.stderr,
        /--status must be one of negotiating, approved, ordered, delivered, cancelled/,
      );
    });
  });
}
