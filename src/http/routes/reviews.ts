import { AppError } from '../../errors.ts';
import type { ReviewAction } from '../../model/index.ts';
import { idParam, LIMIT, OFFSET } from '../common-params.ts';
import { pageWindow, readPage } from '../listing.ts';
import { type ReviewRequest, reviewFact } from '../review-action.ts';
import type { JsonSchema, RouteSpec } from '../route.ts';
import { ref, validate } from '../schema.ts';
import { page, SCHEMAS } from '../schemas.ts';

const ACTIONS = ['accept', 'reject', 'correct'] as const;

const REVIEW_BODY: JsonSchema = {
  type: 'object',
  required: ['action', 'reviewer'],
  additionalProperties: false,
  properties: {
    action: { type: 'string', enum: ACTIONS },
    reviewer: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S', description: 'Who decides' },
    note: { type: ['string', 'null'], maxLength: 2000, description: 'Why' },
    changes: {
      type: 'object',
      description: 'For `correct`: the fact fields that change (any contract field but type and evidence)',
    },
  },
};

/** Review actions on facts and the audit trail. */
export const REVIEW_ROUTES: readonly RouteSpec[] = [
  {
    method: 'post',
    path: '/facts/{id}/reviews',
    tag: 'reviews',
    summary: 'Accept, reject or correct a fact; the register is refreshed to reflect it',
    params: [idParam('id', 'Fact id')],
    body: REVIEW_BODY,
    guarded: true,
    answer: 'envelope',
    status: 201,
    data: ref('Review'),
    async handle({ deps, params, body }) {
      validate(REVIEW_BODY, body, 'body', SCHEMAS);
      const request = body as ReviewRequest;
      if (request.action !== 'correct' && request.changes !== undefined) {
        throw new AppError(
          'invalid_input',
          `body.changes: only a correction takes changes, not ${request.action}`,
        );
      }
      return reviewFact(deps, params.path('id'), request);
    },
  },
  {
    method: 'get',
    path: '/facts/{id}/reviews',
    tag: 'reviews',
    summary: "One fact's audit trail, oldest first",
    params: [idParam('id', 'Fact id')],
    answer: 'envelope',
    data: { type: 'array', items: ref('Review') },
    async handle({ deps, params }) {
      const id = params.path('id');
      const reviews = await deps.store.reviews.listForFact(id);
      if (reviews.length === 0 && !(await deps.store.facts.get(id))) {
        throw new AppError('not_found', `no fact with id "${id}"`);
      }
      return reviews;
    },
  },
  {
    method: 'get',
    path: '/reviews',
    tag: 'reviews',
    summary: 'The whole audit trail, newest first',
    params: [
      { name: 'reviewer', in: 'query', type: 'string', description: 'Only this reviewer' },
      { name: 'action', in: 'query', type: 'string', description: 'Only this action', enum: ACTIONS },
      LIMIT,
      OFFSET,
    ],
    answer: 'envelope',
    data: page(ref('Review')),
    async handle({ deps, params }) {
      const query = {
        reviewer: params.text('reviewer'),
        action: params.text('action') as ReviewAction | null,
        ...pageWindow(params),
      };
      return readPage(query, deps.store.reviews.count, deps.store.reviews.list);
    },
  },
];
