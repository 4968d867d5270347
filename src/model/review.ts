import type { Fact } from './fact.ts';

export type ReviewAction = 'accept' | 'reject' | 'correct';

/** One analyst decision on an extracted fact, kept forever as the audit trail. */
export interface FactReview {
  id: number;
  factId: string;
  action: ReviewAction;
  reviewer: string;
  /** ISO timestamp of the decision. */
  at: string;
  /** The fact as it stood before the decision (after earlier reviews). */
  before: Fact;
  /** The fact after the decision: the corrected fact, the same fact when accepted, null when rejected. */
  after: Fact | null;
  note: string | null;
}
