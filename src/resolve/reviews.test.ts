import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storedFacts, transfer } from '../../test/support/facts.ts';
import type { Fact, FactReview, ReviewAction } from '../model/index.ts';
import { applyReviews } from './index.ts';

function review(
  id: number,
  factId: string,
  action: ReviewAction,
  at: string,
  after: Fact | null,
): FactReview {
  return { id, factId, action, reviewer: 'analyst', at, before: transfer(), after, note: null };
}

describe('applyReviews', () => {
  const facts = storedFacts('a1', [transfer({ quantity: 36 }), transfer({ system: 'Mirage 2000' })]);

  it('drops a rejected fact and keeps the others', () => {
    const kept = applyReviews(facts, [review(1, 'a1#1', 'reject', '2024-01-01T00:00:00Z', null)]);
    assert.deepEqual(
      kept.map((stored) => stored.id),
      ['a1#0'],
    );
  });

  it('replaces a corrected fact by the correction', () => {
    const corrected = transfer({ quantity: 35 });
    const kept = applyReviews(facts, [review(1, 'a1#0', 'correct', '2024-01-01T00:00:00Z', corrected)]);
    assert.deepEqual(kept[0], { ...facts[0], fact: corrected });
  });

  it('lets the latest review of a fact win', () => {
    const reviews = [
      review(2, 'a1#0', 'accept', '2024-02-01T00:00:00Z', facts[0]!.fact),
      review(1, 'a1#0', 'reject', '2024-01-01T00:00:00Z', null),
      review(3, 'a1#1', 'reject', '2024-01-01T00:00:00Z', null),
      review(4, 'a1#1', 'correct', '2024-01-01T00:00:00Z', transfer({ system: 'Mirage 2000-5' })),
    ];
    const kept = applyReviews(facts, reviews);
    assert.deepEqual(
      kept.map((stored) => [stored.id, stored.fact.type === 'transfer' ? stored.fact.system : null]),
      [
        ['a1#0', 'Rafale'],
        ['a1#1', 'Mirage 2000-5'],
      ],
    );
  });

  it('keeps a correction that a later review accepts', () => {
    const corrected = transfer({ quantity: 35 });
    const kept = applyReviews(facts, [
      review(1, 'a1#0', 'correct', '2024-01-01T00:00:00Z', corrected),
      review(2, 'a1#0', 'accept', '2024-01-02T00:00:00Z', corrected),
    ]);
    assert.deepEqual(kept[0], { ...facts[0], fact: corrected });
  });

  it('keeps the extracted evidence when a correction gives none', () => {
    const kept = applyReviews(facts, [
      review(1, 'a1#0', 'correct', '2024-01-01T00:00:00Z', transfer({ quantity: 35, evidence: [] })),
    ]);
    assert.deepEqual(kept[0]!.fact.evidence, facts[0]!.fact.evidence);
  });
});
