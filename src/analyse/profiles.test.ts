import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fiveYearWindows } from './profiles.ts';

describe('five-year windows', () => {
  it('end at the last year and go back, latest first, as SIPRI groups its periods', () => {
    assert.deepEqual(fiveYearWindows({ from: 2015, to: 2024 }), [
      { from: 2020, to: 2024 },
      { from: 2015, to: 2019 },
    ]);
  });

  it('clip the earliest window to the first year', () => {
    assert.deepEqual(fiveYearWindows({ from: 2012, to: 2019 }), [
      { from: 2015, to: 2019 },
      { from: 2012, to: 2014 },
    ]);
    assert.deepEqual(fiveYearWindows({ from: 2020, to: 2020 }), [{ from: 2020, to: 2020 }]);
  });
});
