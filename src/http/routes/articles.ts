import { idParam, LIMIT, OFFSET } from '../common-params.ts';
import { factViews } from '../fact-views.ts';
import { found, pageWindow, readPage } from '../listing.ts';
import type { RouteSpec } from '../route.ts';
import { ref } from '../schema.ts';
import { page } from '../schemas.ts';

/** Article search and one article with its facts. */
export const ARTICLE_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/articles',
    tag: 'articles',
    summary: 'List articles, newest first, or search their titles and text',
    params: [
      { name: 'q', in: 'query', type: 'string', description: 'Full-text search: every word must occur' },
      LIMIT,
      OFFSET,
    ],
    answer: 'envelope',
    data: page(ref('ArticleSummary')),
    async handle({ deps, params }) {
      const query = { search: params.text('q'), ...pageWindow(params) };
      return readPage(query, deps.store.articles.count, deps.store.articles.list);
    },
  },
  {
    method: 'get',
    path: '/articles/{id}',
    tag: 'articles',
    summary: 'One article with its facts, their review state and the text of their evidence spans',
    params: [idParam('id', 'Article id')],
    answer: 'envelope',
    data: {
      type: 'object',
      required: ['article', 'facts'],
      properties: { article: ref('Article'), facts: { type: 'array', items: ref('FactView') } },
    },
    async handle({ deps, params }) {
      const id = params.path('id');
      const article = found(await deps.store.articles.get(id), 'article', id);
      const stored = await deps.store.facts.listForArticle(id);
      return { article, facts: await factViews(deps.store, stored, new Map([[id, article.text]])) };
    },
  },
];
