import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meta, storedFacts, testFold, transfer } from '../../test/support/facts.ts';
import type { RegisterRow, StoredFact, TransferRow } from '../model/index.ts';
import { type ArticleMeta, resolveRegister } from './index.ts';

function resolve(facts: StoredFact[], articles: ArticleMeta[]): RegisterRow[] {
  return resolveRegister({ facts, articles }, { fold: testFold });
}

function transfers(facts: StoredFact[], articles: ArticleMeta[]): TransferRow[] {
  return resolve(facts, articles).filter((row): row is TransferRow => row.kind === 'transfer');
}

function only<T extends RegisterRow>(rows: T[]): T {
  assert.equal(rows.length, 1, `expected one row, got ${rows.map((row) => row.key).join(', ')}`);
  return rows[0]!;
}

describe('transfer rows', () => {
  it('keeps both quantities when two sources disagree, with the facts behind each', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ quantity: 36, year: 2016 })]),
      ...storedFacts('a2', [transfer({ quantity: 35, year: 2016 })]),
    ];
    const row = only(transfers(facts, [meta('a1', '2016-09-23'), meta('a2', '2016-09-24')]));
    const ordered = row.events.find((event) => event.status === 'ordered')!;
    assert.deepEqual(
      ordered.quantity.values.map((vote) => [vote.value, vote.factIds]),
      [
        [35, ['a2#0']],
        [36, ['a1#0']],
      ],
    );
    assert.equal(ordered.quantity.conflict, true);
    assert.deepEqual(row.conflicts, ['ordered.quantity']);
    assert.deepEqual(
      row.sources.map((source) => source.factId),
      ['a1#0', 'a2#0'],
    );
  });

  it('takes the value most sources give as the consensus', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ quantity: 36, year: 2016 })]),
      ...storedFacts('a2', [transfer({ quantity: 36, year: 2016 })]),
      ...storedFacts('a3', [transfer({ quantity: 35, year: 2016 })]),
    ];
    const articles = [meta('a1', '2016-01-01'), meta('a2', '2016-02-01'), meta('a3', '2016-03-01')];
    const ordered = only(transfers(facts, articles)).events[0]!;
    assert.equal(ordered.quantity.consensus, 36);
    assert.equal(ordered.quantity.values[0]!.votes, 2);
  });

  it('breaks a tie in favour of the most recent report', () => {
    const facts = [
      ...storedFacts('old', [transfer({ year: 2019, status: 'delivered', quantity: 4 })]),
      ...storedFacts('new', [transfer({ year: 2019, status: 'delivered', quantity: 6 })]),
    ];
    const row = only(transfers(facts, [meta('old', '2019-05-01'), meta('new', '2020-01-10')]));
    assert.equal(row.events[0]!.quantity.consensus, 6);
  });

  it('keeps a disagreement on the order year in one row', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ quantity: 36, year: 2019 })]),
      ...storedFacts('a2', [transfer({ quantity: 36, year: 2020 })]),
      ...storedFacts('a3', [transfer({ quantity: 36, year: 2020 })]),
    ];
    const articles = [meta('a1', '2020-06-01'), meta('a2', '2020-07-01'), meta('a3', '2020-08-01')];
    const ordered = only(transfers(facts, articles)).events[0]!;
    assert.equal(ordered.year.consensus, 2020);
    assert.deepEqual(
      ordered.year.values.map((vote) => vote.value),
      [2020, 2019],
    );
  });

  it('flags a second supplier for the same recipient, system and year', () => {
    const facts = [
      ...storedFacts('a1', [
        transfer({ supplier: 'RUS', recipient: 'SRB', system: 'Pantsir-S1', year: 2020 }),
      ]),
      ...storedFacts('a2', [
        transfer({ supplier: 'BLR', recipient: 'SRB', system: 'Pantsir S1', year: 2020 }),
      ]),
    ];
    const row = only(transfers(facts, [meta('a1', '2020-03-01'), meta('a2', '2020-04-01')]));
    assert.deepEqual(
      row.supplier.values.map((vote) => vote.value),
      ['BLR', 'RUS'],
    );
    assert.equal(row.supplier.consensus, 'BLR');
    assert.ok(row.conflicts.includes('supplier'));
  });

  it('keeps separate orders of the same system apart', () => {
    const facts = [
      ...storedFacts('a1', [
        transfer({ recipient: 'EGY', quantity: 24, year: 2015 }),
        transfer({ recipient: 'EGY', quantity: 30, year: 2021 }),
      ]),
      ...storedFacts('a2', [transfer({ recipient: 'EGY', quantity: 30, year: 2021 })]),
    ];
    const rows = transfers(facts, [meta('a1', '2021-05-04'), meta('a2', '2021-05-05')]);
    const orders = rows
      .map((row) => [row.events[0]!.year.consensus, row.events[0]!.quantity.consensus, row.sources.length])
      .sort((a, b) => Number(a[0]) - Number(b[0]));
    assert.deepEqual(orders, [
      [2015, 24, 1],
      [2021, 30, 2],
    ]);
  });

  it('makes one row of an order and a later delivery of it', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ quantity: 36, year: 2016 })]),
      ...storedFacts('a2', [transfer({ quantity: 5, year: 2020, status: 'delivered' })]),
    ];
    const row = only(transfers(facts, [meta('a1', '2016-09-23'), meta('a2', '2020-07-29')]));
    assert.deepEqual(
      row.events.map((event) => [event.status, event.year.consensus, event.quantity.consensus]),
      [
        ['ordered', 2016, 36],
        ['delivered', 2020, 5],
      ],
    );
    assert.equal(row.status, 'delivered');
    assert.equal(row.firstReported, '2016-09-23');
    assert.equal(row.lastReported, '2020-07-29');
  });

  it('puts an undated order with the order of a close quantity rather than one of unknown quantity', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ year: 2020 }), transfer({ quantity: 35, year: 2016 })]),
      ...storedFacts('a2', [transfer({ quantity: 36 })]),
    ];
    const rows = transfers(facts, [meta('a1', '2020-07-29'), meta('a2', '2020-08-01')]);
    const early = rows.find((row) => row.events[0]!.year.consensus === 2016)!;
    assert.deepEqual(
      early.events[0]!.quantity.values.map((vote) => vote.value),
      [36, 35],
    );
  });

  it('joins an order of stated year to an earlier report that gave none', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ quantity: 36 })]),
      ...storedFacts('a2', [transfer({ quantity: 36, year: 2016 })]),
    ];
    const row = only(transfers(facts, [meta('a1', '2020-07-29'), meta('a2', '2021-01-26')]));
    assert.equal(row.events[0]!.year.consensus, 2016);
  });

  it('puts a delivery with the latest order that precedes it', () => {
    const facts = storedFacts('a1', [
      transfer({ recipient: 'EGY', quantity: 24, year: 2015 }),
      transfer({ recipient: 'EGY', quantity: 30, year: 2021 }),
      transfer({ recipient: 'EGY', quantity: 6, year: 2017, status: 'delivered' }),
    ]);
    const rows = transfers(facts, [meta('a1', '2021-05-04')]);
    const early = rows.find((row) => row.events[0]!.year.consensus === 2015)!;
    assert.deepEqual(
      early.events.map((event) => event.status),
      ['ordered', 'delivered'],
    );
  });

  it('counts a near-duplicate article as a source but not as a second vote', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ quantity: 36, year: 2016 })]),
      ...storedFacts('copy', [transfer({ quantity: 36, year: 2016 })]),
      ...storedFacts('a2', [transfer({ quantity: 35, year: 2016 })]),
    ];
    const articles = [meta('a1', '2016-01-01'), meta('copy', '2016-01-02', 'a1'), meta('a2', '2016-01-03')];
    const row = only(transfers(facts, articles));
    const quantity = row.events[0]!.quantity;
    assert.deepEqual(
      quantity.values.map((vote) => [vote.value, vote.votes, vote.factIds.length]),
      [
        [35, 1, 1],
        [36, 1, 2],
      ],
    );
    assert.equal(quantity.consensus, 35, 'the tie goes to the latest report, a2');
    assert.equal(row.sources.length, 3);
    assert.equal(row.sources.find((source) => source.articleId === 'copy')?.duplicateOf, 'a1');
  });

  it('folds spellings of a designation into one system', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', year: 2019 })]),
      ...storedFacts('a2', [transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30 SM', year: 2019 })]),
      ...storedFacts('a3', [transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su30SM', year: 2019 })]),
    ];
    const articles = [meta('a1', '2020-01-01'), meta('a2', '2020-01-02'), meta('a3', '2020-01-03')];
    const row = only(transfers(facts, articles));
    assert.equal(row.systemKey, 'su30sm');
    assert.deepEqual(row.spellings, ['Su-30 SM', 'Su-30SM', 'Su30SM']);
  });

  it('folds variants bought together into the family the catalogue names', () => {
    const facts = [
      ...storedFacts('a1', [
        transfer({ supplier: 'USA', recipient: 'BGR', system: 'F-16C', quantity: 16, year: 2019 }),
      ]),
      ...storedFacts('a2', [
        transfer({ supplier: 'USA', recipient: 'BGR', system: 'F-16D', quantity: 16, year: 2019 }),
      ]),
    ];
    const row = only(transfers(facts, [meta('a1', '2019-07-01'), meta('a2', '2019-07-02')]));
    assert.deepEqual([row.system, row.systemKey, row.category], ['F-16', 'f16', 'aircraft']);
    assert.deepEqual(row.spellings, ['F-16C', 'F-16D']);
  });

  it('keeps kinds of weapons from different suppliers apart', () => {
    const facts = [
      ...storedFacts('a1', [
        transfer({ supplier: 'RUS', recipient: 'ARM', system: null, category: 'artillery' }),
      ]),
      ...storedFacts('a2', [
        transfer({ supplier: 'SRB', recipient: 'ARM', system: null, category: 'artillery' }),
      ]),
    ];
    const rows = transfers(facts, [meta('a1', '2020-01-01'), meta('a2', '2020-01-02')]);
    assert.deepEqual(rows.map((row) => row.supplier.consensus).sort(), ['RUS', 'SRB']);
    assert.ok(rows.every((row) => row.conflicts.length === 0));
  });

  it('attaches talks to the order they led to, and keeps talks of a further purchase apart', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ status: 'negotiating', year: 2015 })]),
      ...storedFacts('a2', [
        transfer({ quantity: 36, year: 2016 }),
        transfer({ status: 'negotiating', quantity: 12, year: 2016 }),
      ]),
    ];
    const rows = transfers(facts, [meta('a1', '2015-04-10'), meta('a2', '2016-09-23')]);
    assert.deepEqual(rows.map((row) => row.events.map((event) => event.status).join('+')).sort(), [
      'negotiating',
      'negotiating+ordered',
    ]);
  });

  it('puts a cancellation with the order rather than with later talks', () => {
    const facts = [
      ...storedFacts('a1', [
        transfer({ supplier: 'RUS', recipient: 'IDN', system: 'Su-35', quantity: 11, year: 2018 }),
        transfer({
          supplier: 'RUS',
          recipient: 'IDN',
          system: 'Su-35',
          status: 'negotiating',
          quantity: 11,
          year: 2020,
        }),
      ]),
      ...storedFacts('a2', [
        transfer({ supplier: 'RUS', recipient: 'IDN', system: 'Su-35', status: 'cancelled', year: 2021 }),
      ]),
    ];
    const rows = transfers(facts, [meta('a1', '2020-03-12'), meta('a2', '2021-12-23')]);
    assert.deepEqual(rows.map((row) => row.events.map((event) => event.status).join('+')).sort(), [
      'negotiating',
      'ordered+cancelled',
    ]);
  });

  it('reads a cancellation after the order as the deal status', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ recipient: 'TUR', system: 'F-35A', supplier: 'USA', year: 2007 })]),
      ...storedFacts('a2', [
        transfer({ recipient: 'TUR', system: 'F-35A', supplier: 'USA', status: 'cancelled', year: 2019 }),
      ]),
    ];
    const row = only(transfers(facts, [meta('a1', '2007-01-01'), meta('a2', '2019-07-17')]));
    assert.equal(row.status, 'cancelled');
  });
});

describe('row ids', () => {
  const first = [
    ...storedFacts('a1', [transfer({ quantity: 24, year: 2015, recipient: 'EGY' })]),
    ...storedFacts('a2', [transfer({ quantity: 30, year: 2021, recipient: 'EGY' })]),
  ];
  const articles = [meta('a1', '2015-02-16'), meta('a2', '2021-05-04')];
  const ids = (rows: RegisterRow[]) => rows.map((row) => row.id).sort();

  it('gives the same ids on a rerun and whatever the order of the facts', () => {
    const once = resolve(first, articles);
    const again = resolve([...first].reverse(), [...articles].reverse());
    assert.deepEqual(ids(again), ids(once));
    assert.deepEqual(again, once);
  });

  it('keeps the ids of existing rows when new articles arrive', () => {
    const before = resolve(first, articles);
    const later = [
      ...first,
      ...storedFacts('a3', [
        transfer({ quantity: 30, year: 2021, recipient: 'EGY', status: 'ordered' }),
        transfer({ quantity: 6, year: 2024, recipient: 'EGY', status: 'delivered' }),
      ]),
      ...storedFacts('a4', [transfer({ supplier: 'USA', recipient: 'POL', system: 'F-35A', year: 2020 })]),
    ];
    const after = resolve(later, [...articles, meta('a3', '2024-03-01'), meta('a4', '2020-01-31')]);
    assert.equal(after.length, 3);
    for (const id of ids(before)) assert.ok(ids(after).includes(id), `row ${id} kept its id`);
  });
});
