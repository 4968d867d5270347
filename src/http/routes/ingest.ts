import { numericSetting } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { ingestBatch } from '../../pipeline/ingest.ts';
import type { JsonSchema, RouteSpec } from '../route.ts';
import { validate } from '../schema.ts';
import { SCHEMAS } from '../schemas.ts';

/** How many URLs one request may ingest: each is fetched in turn while the client waits. */
const MAX_URLS = 20;

const INGEST_BODY: JsonSchema = {
  type: 'object',
  required: ['urls'],
  additionalProperties: false,
  properties: {
    urls: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_URLS,
      items: { type: 'string', pattern: '^https?://', maxLength: 2000 },
      description: 'http(s) URLs of article pages or RSS/Atom feeds',
    },
  },
};

const SUMMARY: JsonSchema = {
  type: 'object',
  properties: {
    ingested: { type: 'integer' },
    duplicates: { type: 'integer' },
    nearDuplicates: { type: 'integer' },
    facts: { type: 'integer' },
    rejected: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          source: { type: 'string' },
          line: { type: ['integer', 'null'] },
          message: { type: 'string' },
        },
      },
    },
  },
};

/** Ingest by URL: fetch pages or feeds, store new articles with their facts (ingestBatch refreshes the register). */
export const INGEST_ROUTES: readonly RouteSpec[] = [
  {
    method: 'post',
    path: '/ingest',
    tag: 'ingest',
    summary: 'Fetch article pages or feeds by URL and store the new articles with their facts',
    description: 'Only http(s) URLs: local paths are refused. A URL that fails is listed under `rejected`.',
    params: [],
    body: INGEST_BODY,
    guarded: true,
    answer: 'envelope',
    data: SUMMARY,
    async handle({ deps, body }) {
      validate(INGEST_BODY, body, 'body', SCHEMAS);
      const urls = (body as { urls: string[] }).urls.map(checkedUrl);
      const summary = await ingestBatch(deps.store, urls, {
        read: { maxArticleBytes: numericSetting('maxArticleBytes') },
        now: deps.now(),
      });
      // ingestBatch has refreshed the register rows of the new articles; the statistics follow the new rows.
      if (summary.ingested > 0) await deps.store.optimize();
      return summary;
    },
  },
];

// The reader also takes file paths and folders; a URL that does not parse must never reach it as a path.
function checkedUrl(raw: string, index: number): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('invalid_input', `body.urls[${index}]: "${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('invalid_input', `body.urls[${index}]: only http and https URLs can be ingested`);
  }
  return url.toString();
}
