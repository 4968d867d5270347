import type { FactReview, StoredFact } from '../model/index.ts';

/**
 * Applies analysts' reviews to extracted facts: the latest review of a fact wins (by time, then by id);
 * a rejected fact is dropped; an accepted or corrected one becomes the review's `after`, which for an
 * acceptance is the fact as it stood then (so accepting a correction keeps the correction).
 * A correction without evidence spans keeps the extracted ones.
 */
export function applyReviews(facts: readonly StoredFact[], reviews: readonly FactReview[]): StoredFact[] {
  const latest = new Map<string, FactReview>();
  for (const review of reviews) {
    const known = latest.get(review.factId);
    if (!known || isLater(review, known)) latest.set(review.factId, review);
  }
  const reviewed: StoredFact[] = [];
  for (const stored of facts) {
    const review = latest.get(stored.id);
    if (review?.action === 'reject') continue;
    const after = review?.after ?? null;
    // A correction that gives no evidence keeps the extracted spans: the row still points into the text.
    reviewed.push(
      after
        ? {
            ...stored,
            fact: after.evidence.length > 0 ? after : { ...after, evidence: stored.fact.evidence },
          }
        : stored,
    );
  }
  return reviewed;
}

function isLater(review: FactReview, than: FactReview): boolean {
  if (review.at !== than.at) return review.at > than.at;
  return review.id > than.id;
}
