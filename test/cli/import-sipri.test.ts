import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importSipri } from '../../src/cli/import-sipri.ts';
import { AppError } from '../../src/errors.ts';
import {
  PER_DELIVERY_ROWS,
  perDeliveryCsv,
  TRADE_REGISTER_ROWS,
  tradeRegisterCsv,
} from '../support/sipri.ts';
import { backends, freshSqlitePath, freshStore, removeSqlite, type TestStore } from '../support/stores.ts';
import { runArmswatch } from './run.ts';

const folder = mkdtempSync(join(tmpdir(), 'armswatch-import-sipri-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: Buffer | string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const NOW = new Date('2026-03-01T10:00:00.000Z');
const register = file('register.csv', tradeRegisterCsv(TRADE_REGISTER_ROWS));
const deliveries = file('deliveries.csv', perDeliveryCsv(PER_DELIVERY_ROWS));
const BAD_FILES: [string, string, RegExp][] = [
  [
    'another CSV',
    file('prices.csv', 'name,price\nwidget,3\n'),
    /^prices\.csv: not a SIPRI arms transfers export/,
  ],
  [
    'a truncated file',
    file('cut.csv', tradeRegisterCsv(TRADE_REGISTER_ROWS).subarray(0, -40)),
    /^cut\.csv: line 20: has 8 fields, expected 16/,
  ],
  [
    'a wrong header',
    file(
      'header.csv',
      tradeRegisterCsv(TRADE_REGISTER_ROWS).toString('latin1').replace(',status,', ',state,'),
    ),
    /^header\.csv: line 12: the header does not match SIPRI's trade-register export \(column 12 is "state"/,
  ],
  [
    'a TIV that is not a number',
    file(
      'tiv.csv',
      perDeliveryCsv([
        '101,France,India,Rafale,FGA aircraft,Aircraft,2016,No,10,No,2020,No,New,50,50,n/a,No',
      ]),
    ),
    /^tiv\.csv: line 13: column "TIV delivery values" is not a number: "n\/a"/,
  ],
  [
    'a missing file',
    join(folder, 'missing.csv'),
    /missing\.csv: cannot read the SIPRI export \(no such file\)/,
  ],
];

for (const backend of backends()) {
  describe(`importing SIPRI exports on ${backend}`, () => {
    let test: TestStore;
    before(async () => {
      test = await freshStore(backend);
    });
    after(() => test.dispose());

    it('imports a trade register as the first reference', async () => {
      const summary = await importSipri(test.store, register, NOW);
      assert.equal(summary.shape, 'trade-register');
      assert.equal(summary.dealCount, 7);
      assert.equal(summary.replaced, null);
      assert.deepEqual(summary.deliveryYears, { from: 1989, to: 2023 });
      assert.equal((await test.store.reference.listDeals({ recipient: 'IND' })).length, 2);
    });

    it('replaces the old reference when a newer export is imported', async () => {
      const summary = await importSipri(test.store, deliveries, NOW);
      assert.equal(summary.replaced?.fileName, 'register.csv');
      const deals = await test.store.reference.listDeals();
      assert.deepEqual(deals.map((deal) => deal.dealId).sort(), ['101', '102', '103', '104']);
      assert.equal((await test.store.reference.metadata())?.importedAt, NOW.toISOString());
    });

    for (const [what, path, message] of BAD_FILES) {
      it(`rejects ${what} with the file and line, changing nothing`, async () => {
        await assert.rejects(
          importSipri(test.store, path, NOW),
          (error: unknown) => error instanceof AppError && message.test(error.message),
        );
        assert.equal((await test.store.reference.metadata())?.fileName, 'deliveries.csv');
        assert.equal((await test.store.reference.listDeals()).length, 4);
      });
    }
  });
}

describe('armswatch import-sipri', () => {
  const db = freshSqlitePath();
  after(() => removeSqlite(db));

  it('prints one summary line and exits 0', async () => {
    const run = runArmswatch(['--db', db, 'import-sipri', register]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      'imported register.csv: trade-register export generated 2025-03-13, 7 rows, 7 deals, deliveries 1989-2023 (first import)\n',
    );
  });

  it('prints the error on one line and exits 1 for a bad file', async () => {
    const run = runArmswatch(['--db', db, 'import-sipri', BAD_FILES[3]![1]]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /^armswatch: tiv\.csv: line 13: column "TIV delivery values" is not a number: "n\/a"\n$/,
    );
  });
});
