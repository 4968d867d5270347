import { CATEGORY, idParam, LIMIT, OFFSET, partyParam, SYSTEM } from '../common-params.ts';
import { articleTexts, factViews } from '../fact-views.ts';
import { found, pageWindow, readPage } from '../listing.ts';
import type { RouteSpec } from '../route.ts';
import { ref } from '../schema.ts';
import { page } from '../schemas.ts';

const REVIEW_STATES = ['unreviewed', 'accept', 'reject', 'correct'] as const;
type ReviewFilter = (typeof REVIEW_STATES)[number];

/** Extracted facts: a filtered list (the review queue) and one fact. */
export const FACT_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/facts',
    tag: 'facts',
    summary: 'List extracted facts with their review state; `review=unreviewed` is the review queue',
    params: [
      {
        name: 'type',
        in: 'query',
        type: 'string',
        description: 'Fact type',
        enum: ['transfer', 'production', 'share'],
      },
      partyParam('country', 'Either party of the fact (ISO3)'),
      SYSTEM,
      CATEGORY,
      {
        name: 'status',
        in: 'query',
        type: 'string',
        description: 'Transfer or production status, or share role',
      },
      { name: 'article', in: 'query', type: 'string', description: 'Only facts of this article' },
      {
        name: 'review',
        in: 'query',
        type: 'string',
        description: 'unreviewed, or the action of the latest review',
        enum: REVIEW_STATES,
      },
      LIMIT,
      OFFSET,
    ],
    answer: 'envelope',
    data: page(ref('FactView')),
    async handle({ deps, params }) {
      const filter = {
        type: params.text('type') as 'transfer' | 'production' | 'share' | null,
        country: params.text('country'),
        system: params.text('system'),
        category: params.text('category'),
        status: params.text('status'),
        articleId: params.text('article'),
        review: params.text('review') as ReviewFilter | null,
        ...pageWindow(params),
      };
      const stored = await readPage(filter, deps.store.facts.countQuery, deps.store.facts.query);
      const items = await factViews(deps.store, stored.items, await articleTexts(deps.store, stored.items));
      return { ...stored, items };
    },
  },
  {
    method: 'get',
    path: '/facts/{id}',
    tag: 'facts',
    summary: 'One fact with its review state and evidence text',
    description: 'Fact ids are `<articleId>#<index>`; encode `#` as `%23` in the path.',
    params: [idParam('id', 'Fact id')],
    answer: 'envelope',
    data: ref('FactView'),
    async handle({ deps, params }) {
      const id = params.path('id');
      const stored = found(await deps.store.facts.get(id), 'fact', id);
      const [view] = await factViews(deps.store, [stored], await articleTexts(deps.store, [stored]));
      return view;
    },
  },
];
