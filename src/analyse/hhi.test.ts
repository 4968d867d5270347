import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { concentrationLabel, hhi, supplierConcentration } from './hhi.ts';

describe('hhi', () => {
  it('is 10000 for a single supplier and 0 for nothing', () => {
    assert.equal(hhi([42]), 10000);
    assert.equal(hhi([]), 0);
    assert.equal(hhi([0, 0]), 0);
  });

  it('sums the squared percentage shares', () => {
    assert.equal(hhi([75, 25]), 75 ** 2 + 25 ** 2);
    assert.equal(hhi([1, 1, 1, 1]), 2500);
  });

  it('reads below 1500 as unconcentrated and above 2500 as high', () => {
    assert.equal(concentrationLabel(1499), 'unconcentrated');
    assert.equal(concentrationLabel(2500), 'moderate');
    assert.equal(concentrationLabel(2501), 'high');
  });
});

describe('supplierConcentration', () => {
  it('gives each importer the HHI of its suppliers over all years', () => {
    const concentration = supplierConcentration([
      { supplier: 'FRA', recipient: 'IND', year: 2020, value: 500 },
      { supplier: 'FRA', recipient: 'IND', year: 2021, value: 1000 },
      { supplier: 'RUS', recipient: 'IND', year: 2021, value: 500 },
      { supplier: 'USA', recipient: 'POL', year: 2021, value: 10 },
    ]);
    assert.deepEqual(Object.fromEntries(concentration), { IND: 75 ** 2 + 25 ** 2, POL: 10000 });
  });
});
