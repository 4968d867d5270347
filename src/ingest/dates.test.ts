import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDate } from './dates.ts';

describe('publication dates', () => {
  it('keeps the calendar day the publisher wrote, whatever the time zone', () => {
    assert.equal(normaliseDate('2024-03-05T23:30:00-05:00'), '2024-03-05');
    assert.equal(normaliseDate('Tue, 05 Mar 2024 23:30:00 -0500'), '2024-03-05');
    assert.equal(normaliseDate('5 March 2024'), '2024-03-05');
  });

  it('keeps a month-only date', () => {
    assert.equal(normaliseDate('2019-07'), '2019-07');
  });

  it('returns null for nothing or for impossible dates', () => {
    assert.equal(normaliseDate(null), null);
    assert.equal(normaliseDate('  '), null);
    assert.equal(normaliseDate('2023-02-29'), null);
    assert.equal(normaliseDate('yesterday'), null);
  });
});
