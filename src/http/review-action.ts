import { AppError } from '../errors.ts';
import type { Fact, FactReview, ReviewAction } from '../model/index.ts';
import type { AppDeps } from './deps.ts';
import { reviewBase } from './fact-views.ts';
import { found } from './listing.ts';
import { refreshAfterChange } from './refresh.ts';
import { validate } from './schema.ts';
import { CORRECTABLE, SCHEMAS } from './schemas.ts';

/** An analyst's decision on one fact, as the API and the dashboard receive it. */
export interface ReviewRequest {
  action: ReviewAction;
  reviewer: string;
  note: string | null;
  /** For `correct`: the fields that change (any contract field but `type` and `evidence`). */
  changes?: Record<string, unknown>;
}

/**
 * Records a review in the audit trail (who, when, the fact before and after) and refreshes the register
 * so that it reflects the decision. Unknown facts are not_found; a correction that breaks the fact
 * contract, or a correction without changes, is invalid_input.
 */
export async function reviewFact(deps: AppDeps, factId: string, request: ReviewRequest): Promise<FactReview> {
  const stored = found(await deps.store.facts.get(factId), 'fact', factId);
  const [latest] = await deps.store.reviews.latest([factId]);
  const before = reviewBase(stored.fact, latest ?? null);
  const review = await deps.store.reviews.add({
    factId,
    action: request.action,
    reviewer: request.reviewer.trim(),
    at: deps.now().toISOString(),
    before,
    after: afterReview(before, request),
    note: request.note?.trim() || null,
  });
  await refreshAfterChange(deps.store, deps.now(), { articleIds: [stored.articleId] });
  return review;
}

function afterReview(before: Fact, request: ReviewRequest): Fact | null {
  if (request.action === 'accept') return before;
  if (request.action === 'reject') return null;
  return corrected(before, request.changes);
}

function corrected(before: Fact, changes: Record<string, unknown> | undefined): Fact {
  if (!changes || Object.keys(changes).length === 0) {
    throw new AppError('invalid_input', 'body.changes: a correction needs at least one changed field');
  }
  const allowed = CORRECTABLE[before.type];
  validate(
    { type: 'object', properties: allowed, additionalProperties: false },
    changes,
    'body.changes',
    SCHEMAS,
  );
  return { ...before, ...changes } as Fact;
}
