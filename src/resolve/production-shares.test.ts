import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meta, production, share, storedFacts, testFold } from '../../test/support/facts.ts';
import type { ProductionRow, RegisterRow, ShareRow, StoredFact } from '../model/index.ts';
import { type ArticleMeta, resolveRegister } from './index.ts';

function resolve(facts: StoredFact[], articles: ArticleMeta[]): RegisterRow[] {
  return resolveRegister({ facts, articles }, { fold: testFold });
}

function only<T extends RegisterRow>(rows: T[]): T {
  assert.equal(rows.length, 1, `expected one row, got ${rows.map((row) => row.key).join(', ')}`);
  return rows[0]!;
}

describe('production and share rows', () => {
  it('merges reports of one production line and flags a capacity disagreement', () => {
    const facts = [
      ...storedFacts('a1', [
        production({ licensor: 'RUS', capacity_per_year: 50000, producer: 'Kalashnikov' }),
      ]),
      ...storedFacts('a2', [production({ licensor: 'RUS', capacity_per_year: 40000, producer: null })]),
    ];
    const rows = resolve(facts, [meta('a1', '2020-07-09'), meta('a2', '2020-08-01')]);
    const row = only(rows) as ProductionRow;
    assert.equal(row.licensor.consensus, 'RUS');
    assert.deepEqual(row.conflicts, ['capacityPerYear']);
    assert.equal(row.capacityPerYear.consensus, 40000);
  });

  it('keeps two plants of one article as two production rows', () => {
    const facts = storedFacts('a1', [
      production({ system: null, category: 'ammunition', producer: null }),
      production({ system: null, category: 'ammunition', producer: null }),
    ]);
    const rows = resolve(facts, [meta('a1', '2021-01-01')]);
    assert.equal(rows.length, 2);
    assert.notEqual(rows[0]!.id, rows[1]!.id);
  });

  it('shows the status of the latest dated report without flagging a conflict', () => {
    const facts = [
      ...storedFacts('a1', [production({ status: 'planned' })]),
      ...storedFacts('a2', [production({ status: 'active' })]),
      ...storedFacts('undated', [production({ status: 'planned' })]),
    ];
    const row = only(
      resolve(facts, [meta('a1', '2019-01-01'), meta('a2', '2020-01-01'), meta('undated', null)]),
    ) as ProductionRow;
    assert.equal(row.status.consensus, 'active');
    assert.deepEqual(row.conflicts, []);
  });

  it('reads a share given in words from the evidence', () => {
    const text = 'SIPRI says almost all of its arms came from Russia in those years.';
    const facts = storedFacts('a1', [share({ evidence: [{ start: 0, end: text.length }] })]);
    const row = only(resolve(facts, [{ ...meta('a1', '2020-07-09'), text }])) as ShareRow;
    assert.deepEqual(row.wording, { phrase: 'almost all', minPct: 80, maxPct: 100 });
    assert.equal(row.key, 'share|ARM|importer|RUS|2015-2019');
  });

  it('keeps statements of different periods apart and flags differing figures of one', () => {
    const facts = [
      ...storedFacts('a1', [
        share({ share_pct: 94 }),
        share({ share_pct: 80, period_start: 2010, period_end: 2014 }),
      ]),
      ...storedFacts('a2', [share({ share_pct: 93 })]),
    ];
    const rows = resolve(facts, [meta('a1', '2020-03-09'), meta('a2', '2020-03-10')]);
    assert.equal(rows.length, 2);
    const recent = rows.find((row) => row.key.endsWith('2015-2019')) as ShareRow;
    assert.deepEqual(recent.conflicts, ['sharePct']);
  });
});
