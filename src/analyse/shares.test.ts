import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { referenceDeal } from '../../test/support/facts.ts';
import type { DeliveryTotal, ReferenceDeal } from '../model/index.ts';
import { computeShares, referenceDeliveryTotals, yearlyTiv } from './shares.ts';

const TOTALS: DeliveryTotal[] = [
  { supplier: 'USA', recipient: 'POL', year: 2022, value: 300 },
  { supplier: 'USA', recipient: 'UKR', year: 2023, value: 500 },
  { supplier: 'KOR', recipient: 'POL', year: 2023, value: 200 },
  { supplier: 'RUS', recipient: 'IND', year: 2019, value: 1000 },
];

function deal(deliveries: ReferenceDeal['deliveries'], tivDelivered: number | null): ReferenceDeal {
  return referenceDeal({ dealId: 'd1', deliveries, tivDelivered });
}

const year = (y: number, tiv: number | null = null) => ({ year: y, quantity: null, tiv, estimated: false });

describe('computeShares', () => {
  it('gives each exporter its share of the world total in the period', () => {
    assert.deepEqual(computeShares(TOTALS, { role: 'exporter', fromYear: 2020, toYear: 2024 }), [
      { country: 'USA', share_pct: 80, value: 800 },
      { country: 'KOR', share_pct: 20, value: 200 },
    ]);
  });

  it("gives an importer's suppliers as shares of its own imports", () => {
    assert.deepEqual(computeShares(TOTALS, { role: 'importer', country: 'POL' }), [
      { country: 'USA', share_pct: 60, value: 300 },
      { country: 'KOR', share_pct: 40, value: 200 },
    ]);
  });

  it("gives an exporter's customers as shares of its own exports", () => {
    assert.deepEqual(
      computeShares(TOTALS, { role: 'exporter', country: 'USA' }).map((share) => [
        share.country,
        share.share_pct,
      ]),
      [
        ['UKR', 62.5],
        ['POL', 37.5],
      ],
    );
  });

  it('returns nothing when the period holds no deliveries', () => {
    assert.deepEqual(computeShares(TOTALS, { role: 'importer', fromYear: 2030 }), []);
  });
});

describe('yearlyTiv', () => {
  it('keeps per-year values where the export gives them', () => {
    assert.deepEqual(yearlyTiv(deal([year(2020, 500), year(2021, 1300)], 1800)), [
      { year: 2020, tiv: 500 },
      { year: 2021, tiv: 1300 },
    ]);
  });

  it('spreads the delivered TIV evenly over delivery years without a value', () => {
    assert.deepEqual(yearlyTiv(deal([year(2019), year(2020), year(2022)], 1800)), [
      { year: 2019, tiv: 600 },
      { year: 2020, tiv: 600 },
      { year: 2022, tiv: 600 },
    ]);
  });

  it('gives nothing to years of a deal whose delivered TIV is unknown', () => {
    assert.deepEqual(yearlyTiv(deal([year(2019)], null)), [{ year: 2019, tiv: 0 }]);
  });
});

describe('referenceDeliveryTotals', () => {
  it('sums deals of the same parties and year', () => {
    const deals = [deal([year(2020), year(2021)], 1000), { ...deal([year(2021, 40)], 40), dealId: 'd2' }];
    assert.deepEqual(referenceDeliveryTotals(deals), [
      { supplier: 'FRA', recipient: 'IND', year: 2020, value: 500 },
      { supplier: 'FRA', recipient: 'IND', year: 2021, value: 540 },
    ]);
  });
});
