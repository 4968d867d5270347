import { CATEGORIES, PRODUCTION_STATUSES, TRANSFER_STATUSES } from '../model/index.ts';
import { REGISTER_SCHEMAS } from './register-schemas.ts';
import type { JsonSchema } from './route.ts';
import { ref, type SchemaRegistry } from './schema.ts';

const text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const nullableYear = { type: ['integer', 'null'], minimum: 1900, maximum: 2100 };
const nullableCount = { type: ['integer', 'null'], minimum: 0 };
const party = { type: 'string', pattern: '^([A-Z]{3}|non-state:.+)$' };
const nullableParty = { ...party, type: ['string', 'null'] };
const category = { type: ['string', 'null'], enum: [...CATEGORIES, null] };

/** A JSON object with exactly these fields, all required. */
function record(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    required: Object.keys(properties),
    properties,
    additionalProperties: false,
  };
}

/** A page of a list: the items and where they sit in the whole. */
export function page(items: JsonSchema): JsonSchema {
  return record({
    total: { type: 'integer', description: 'Items matching the filters, over all pages' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items },
  });
}

const span = record({ start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } });
const evidence = { type: 'array', items: ref('Span'), minItems: 1 };

/** The fact fields an analyst may correct, per fact type (all but `type` and `evidence`). */
export const CORRECTABLE: Record<'transfer' | 'production' | 'share', Record<string, JsonSchema>> = {
  transfer: {
    supplier: nullableParty,
    recipient: nullableParty,
    system: nullableText,
    category,
    quantity: nullableCount,
    status: { type: 'string', enum: TRANSFER_STATUSES },
    year: nullableYear,
  },
  production: {
    country: party,
    producer: nullableText,
    system: nullableText,
    category,
    licensor: nullableParty,
    capacity_per_year: nullableCount,
    status: { type: 'string', enum: PRODUCTION_STATUSES },
    year: nullableYear,
  },
  share: {
    subject: party,
    role: { type: 'string', enum: ['importer', 'exporter'] },
    counterpart: nullableParty,
    share_pct: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    period_start: nullableYear,
    period_end: nullableYear,
    source: nullableText,
  },
};

function factSchema(type: keyof typeof CORRECTABLE): JsonSchema {
  return record({ type: { type: 'string', enum: [type] }, ...CORRECTABLE[type], evidence });
}

/** The components of the OpenAPI document. */
export const SCHEMAS: SchemaRegistry = {
  Span: span,
  Quote: record(
    { ...(span.properties as Record<string, JsonSchema>), text },
    'An evidence span and its text',
  ),
  TransferFact: factSchema('transfer'),
  ProductionFact: factSchema('production'),
  ShareFact: factSchema('share'),
  Fact: { oneOf: [ref('TransferFact'), ref('ProductionFact'), ref('ShareFact')] },
  ArticleSummary: record({
    id: text,
    title: nullableText,
    date: nullableText,
    source: text,
    duplicate_of: nullableText,
  }),
  Article: record({
    id: text,
    url: nullableText,
    date: { ...nullableText, description: 'Publication date: YYYY-MM-DD, YYYY-MM or null' },
    title: nullableText,
    text,
    source: text,
    contentHash: text,
    ingestedAt: text,
    duplicateOf: nullableText,
  }),
  FactView: record(
    {
      id: { type: 'string', description: '<articleId>#<index>' },
      articleId: text,
      index: { type: 'integer' },
      fact: { ...ref('Fact'), description: 'As extracted' },
      current: {
        oneOf: [ref('Fact'), { type: 'null' }],
        description: 'After the latest review: the corrected fact, or null when rejected',
      },
      review: { type: 'string', enum: ['unreviewed', 'accepted', 'rejected', 'corrected'] },
      quotes: { type: 'array', items: ref('Quote') },
    },
    'A fact with its review state and the text of its evidence',
  ),
  Review: record({
    id: { type: 'integer' },
    factId: text,
    action: { type: 'string', enum: ['accept', 'reject', 'correct'] },
    reviewer: text,
    at: { type: 'string', format: 'date-time' },
    before: ref('Fact'),
    after: { oneOf: [ref('Fact'), { type: 'null' }] },
    note: nullableText,
  }),
  Error: record({ code: text, message: text }),
  ...REGISTER_SCHEMAS,
};
