import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meta, share, storedFacts, transfer } from '../../test/support/facts.ts';
import type { ReferenceDeal, StoredFact } from '../model/index.ts';
import { type ArticleMeta, resolveRegister } from '../resolve/index.ts';
import { compareWithReference } from './compare.ts';
import { referenceDeliveryTotals } from './shares.ts';

function deal(fields: Partial<ReferenceDeal> & Pick<ReferenceDeal, 'dealId'>): ReferenceDeal {
  return {
    supplier: 'RUS',
    supplierName: 'Russia',
    recipient: 'SRB',
    recipientName: 'Serbia',
    designation: 'Pantsir-S1',
    description: 'mobile SAM system',
    category: 'air-defence',
    orderYear: 2019,
    orderYearEstimated: false,
    quantityOrdered: 1,
    quantityOrderedEstimated: false,
    quantityDelivered: 1,
    deliveries: [{ year: 2020, quantity: 1, tiv: 100, estimated: false }],
    status: 'New',
    comments: null,
    tivPerUnit: 100,
    tivTotal: 100,
    tivDelivered: 100,
    localProduction: null,
    ...fields,
  };
}

/** A small reference: Serbia's air defence from Russia, Armenia's imports, India's Rafales; years 2015-2022. */
const DEALS = [
  deal({ dealId: 'd1' }),
  deal({
    dealId: 'd2',
    recipient: 'ARM',
    designation: 'Su-30SM',
    category: 'aircraft',
    orderYear: 2018,
    quantityOrdered: 4,
    quantityDelivered: 4,
    deliveries: [{ year: 2019, quantity: 4, tiv: 190, estimated: false }],
  }),
  deal({
    dealId: 'd3',
    supplier: 'SRB',
    recipient: 'ARM',
    designation: 'M-84',
    category: 'armoured-vehicles',
    orderYear: 2015,
    deliveries: [{ year: 2015, quantity: 1, tiv: 10, estimated: false }],
  }),
  deal({
    dealId: 'd4',
    supplier: 'FRA',
    recipient: 'IND',
    designation: 'Rafale',
    category: 'aircraft',
    orderYear: 2016,
    quantityOrdered: 36,
    quantityDelivered: 36,
    deliveries: [
      { year: 2020, quantity: 10, tiv: 500, estimated: false },
      { year: 2022, quantity: 26, tiv: 1300, estimated: false },
    ],
  }),
];

function compare(facts: StoredFact[], articles: ArticleMeta[], query = {}) {
  const rows = resolveRegister({ facts, articles });
  return compareWithReference({ rows, deals: DEALS, totals: referenceDeliveryTotals(DEALS) }, query);
}

describe('compare with the reference', () => {
  it('reports a supplier the reference contradicts', () => {
    const facts = storedFacts('a1', [
      transfer({ supplier: 'BLR', recipient: 'SRB', system: 'Pantsir S1', quantity: 1, year: 2019 }),
    ]);
    const result = compare(facts, [meta('a1', '2019-11-02')]);
    assert.deepEqual(
      result.contradicted.map((entry) => [entry.dealId, entry.differences]),
      [['d1', [{ field: 'supplier', news: 'BLR', reference: 'RUS' }]]],
    );
    assert.equal(result.matched, 0);
  });

  it('matches a deal the news reports as the reference does, and flags a different quantity', () => {
    const facts = [
      ...storedFacts('a1', [transfer({ quantity: 36, year: 2016 })]),
      ...storedFacts('a2', [
        transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', quantity: 6, year: 2018 }),
      ]),
    ];
    const result = compare(facts, [meta('a1', '2016-09-23'), meta('a2', '2018-12-01')]);
    assert.equal(result.matched, 1);
    assert.deepEqual(
      result.contradicted.map((entry) => [entry.dealId, entry.differences]),
      [['d2', [{ field: 'quantity', news: 6, reference: 4 }]]],
    );
  });

  it('lists deals the reference lacks, with the reason', () => {
    const facts = storedFacts('a1', [
      transfer({ supplier: 'FRA', recipient: 'SRB', system: 'H145M', quantity: 9, year: 2019 }),
      transfer({ supplier: 'FRA', recipient: 'SRB', system: 'Rafale', quantity: 12, year: 2024 }),
      transfer({ supplier: 'CHN', recipient: 'SRB', system: 'FK-3', status: 'negotiating', year: 2020 }),
      transfer({ supplier: 'RUS', recipient: 'ARM', system: 'AK-103', category: 'small-arms', year: 2020 }),
    ]);
    const result = compare(facts, [meta('a1', '2024-08-29')]);
    assert.deepEqual(result.newsOnly.map((entry) => [entry.system, entry.reason]).sort(), [
      ['AK-103', 'not-covered'],
      ['H145M', 'unrecorded'],
      // FK-3 is the export name of the HQ-22: the catalogue folds it into the family.
      ['HQ-22', 'not-ordered'],
      ['Rafale', 'new'],
    ]);
  });

  it('matches a deal from an undated article by system alone, and never calls it new', () => {
    const facts = storedFacts('a1', [
      transfer({ supplier: 'RUS', recipient: 'ARM', system: 'Su-30SM', quantity: 4 }),
      transfer({ supplier: 'FRA', recipient: 'ARM', system: 'Caesar', quantity: 36 }),
    ]);
    const result = compare(facts, [meta('a1', null)]);
    assert.equal(result.matched, 1);
    assert.deepEqual(
      result.newsOnly.map((entry) => [entry.system, entry.reason]),
      [['Caesar', 'unrecorded']],
    );
  });

  it('narrows to one country and a period', () => {
    const facts = storedFacts('a1', [
      transfer({ supplier: 'FRA', recipient: 'SRB', system: 'H145M', year: 2019 }),
      transfer({ supplier: 'FRA', recipient: 'IND', system: 'Rafale', quantity: 36, year: 2016 }),
    ]);
    const result = compare(facts, [meta('a1', '2020-01-01')], { country: 'IND', from: 2015, to: 2017 });
    assert.deepEqual([result.matched, result.newsOnly.length], [1, 0]);
  });

  it('checks share statements against the reference: confirmed, contradicted, unverifiable', () => {
    const text = 'Nearly all of Armenia’s arms came from Russia.';
    const facts = storedFacts('a1', [
      share({
        subject: 'ARM',
        counterpart: 'RUS',
        share_pct: null,
        period_start: 2015,
        period_end: 2019,
        evidence: [{ start: 0, end: text.length }],
      }),
      share({
        subject: 'FRA',
        role: 'exporter',
        counterpart: 'IND',
        share_pct: 100,
        period_start: 2020,
        period_end: 2022,
      }),
      share({ subject: 'SRB', counterpart: 'RUS', share_pct: 50, period_start: 2020, period_end: 2020 }),
      share({ subject: 'SRB', counterpart: 'CHN', share_pct: 20, period_start: null, period_end: null }),
    ]);
    const result = compare(facts, [{ ...meta('a1', '2020-07-09'), text }]);
    const verdicts = result.shares
      .map((check) => [check.subject, check.counterpart, check.verdict, check.computedPct])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
    assert.deepEqual(verdicts, [
      ['ARM', 'RUS', 'confirmed', 95],
      ['FRA', 'IND', 'confirmed', 100],
      ['SRB', 'CHN', 'unverifiable', null],
      ['SRB', 'RUS', 'contradicted', 100],
    ]);
  });

  it('matches a variant designation either way round, but not by a stem under three characters', () => {
    const deals = [
      deal({ dealId: 'v1', recipient: 'KAZ', designation: 'Su-30', category: 'aircraft' }),
      deal({ dealId: 'v2', recipient: 'KAZ', designation: 'T-72B3M', category: 'armoured-vehicles' }),
      deal({ dealId: 'v3', recipient: 'KAZ', designation: 'K9A1', category: 'artillery' }),
    ];
    const facts = storedFacts('a1', [
      transfer({ supplier: 'RUS', recipient: 'KAZ', system: 'Su-30SM', quantity: 1, year: 2019 }),
      transfer({ supplier: 'RUS', recipient: 'KAZ', system: 'T-72B3', quantity: 1, year: 2019 }),
      transfer({ supplier: 'RUS', recipient: 'KAZ', system: 'K9', quantity: 1, year: 2019 }),
    ]);
    const rows = resolveRegister({ facts, articles: [meta('a1', '2019-05-01')] });
    const result = compareWithReference({ rows, deals, totals: referenceDeliveryTotals(deals) });
    assert.equal(result.matched, 2);
    assert.deepEqual(
      result.newsOnly.map((entry) => entry.system),
      ['K-9'],
    );
  });

  it('checks each statement against its own party and period, also when calls share the totals', () => {
    const totals = referenceDeliveryTotals(DEALS);
    const checks = (facts: StoredFact[]) =>
      compareWithReference({
        rows: resolveRegister({ facts, articles: [meta('a1', '2020-07-09')] }),
        deals: DEALS,
        totals,
      }).shares.map((check) => [check.subject, check.counterpart, check.computedPct]);
    const period = { share_pct: 50, period_start: 2015, period_end: 2019 };
    assert.deepEqual(
      checks(
        storedFacts('a1', [
          share({ subject: 'ARM', counterpart: 'RUS', ...period }),
          share({ subject: 'SRB', counterpart: 'RUS', ...period }),
        ]),
      ).sort(),
      [
        ['ARM', 'RUS', 95],
        ['SRB', 'RUS', null],
      ],
    );
    assert.deepEqual(
      checks(
        storedFacts('a1', [
          share({ subject: 'ARM', counterpart: 'SRB', ...period }),
          share({ subject: 'RUS', role: 'exporter', counterpart: null, ...period }),
        ]),
      ).sort(),
      [
        ['ARM', 'SRB', 5],
        ['RUS', null, 95],
      ],
    );
  });
});
