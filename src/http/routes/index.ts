import packageJson from '../../../package.json' with { type: 'json' };
import { openApiDocument } from '../openapi.ts';
import type { RouteSpec } from '../route.ts';
import { ANALYSIS_ROUTES } from './analysis.ts';
import { ARTICLE_ROUTES } from './articles.ts';
import { FACT_ROUTES } from './facts.ts';
import { INGEST_ROUTES } from './ingest.ts';
import { REGISTER_ROUTES } from './register.ts';
import { REVIEW_ROUTES } from './reviews.ts';

const STATUS_ROUTE: RouteSpec = {
  method: 'get',
  path: '/status',
  tag: 'meta',
  summary: 'Version and how much the store holds',
  params: [],
  answer: 'envelope',
  data: {
    type: 'object',
    properties: {
      version: { type: 'string' },
      articles: { type: 'integer' },
      facts: { type: 'integer' },
      reviews: { type: 'integer' },
    },
  },
  async handle({ deps }) {
    return {
      version: packageJson.version,
      articles: await deps.store.articles.count({}),
      facts: await deps.store.facts.count(),
      reviews: await deps.store.reviews.count({}),
    };
  },
};

const OPENAPI_ROUTE: RouteSpec = {
  method: 'get',
  path: '/openapi.json',
  tag: 'meta',
  summary: 'This API as an OpenAPI 3.1 document',
  params: [],
  answer: 'document',
  async handle() {
    return openApiDocument(ROUTES, packageJson.version);
  },
};

/** Every route of the API: the app registers these and the OpenAPI document describes them. */
export const ROUTES: readonly RouteSpec[] = [
  STATUS_ROUTE,
  OPENAPI_ROUTE,
  ...ARTICLE_ROUTES,
  ...FACT_ROUTES,
  ...REGISTER_ROUTES,
  ...ANALYSIS_ROUTES,
  ...REVIEW_ROUTES,
  ...INGEST_ROUTES,
];
