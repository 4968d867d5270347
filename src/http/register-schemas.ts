import { CATEGORIES, PRODUCTION_STATUSES, TRANSFER_STATUSES } from '../model/index.ts';
import type { JsonSchema } from './route.ts';
import { ref } from './schema.ts';

const text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const category = { type: ['string', 'null'], enum: [...CATEGORIES, null] };
const strings = { type: 'array', items: text };

/** An object schema for an answer: these fields are always present. */
function shape(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    required: Object.keys(properties),
    properties,
  };
}

/** A field as the sources give it, for values of this schema. */
function disputed(value: JsonSchema): JsonSchema {
  return shape(
    {
      consensus: { oneOf: [value, { type: 'null' }], description: 'The value with most votes' },
      values: {
        type: 'array',
        items: shape({
          value,
          factIds: strings,
          votes: { type: 'integer', description: 'Independent articles stating it' },
          lastReported: nullableText,
        }),
      },
      conflict: { type: 'boolean' },
    },
    'Every value the sources state, with the consensus and whether they disagree',
  );
}

const base = {
  id: text,
  key: text,
  sources: { type: 'array', items: ref('RowSource') },
  conflicts: { ...strings, description: 'Fields on which sources disagree, e.g. ordered.quantity' },
  firstReported: nullableText,
  lastReported: nullableText,
  updatedAt: { type: 'string', format: 'date-time' },
};

const systemFields = {
  system: nullableText,
  systemKey: nullableText,
  spellings: strings,
  category,
};

/** Register row schemas: components of the OpenAPI document. */
export const REGISTER_SCHEMAS: Record<string, JsonSchema> = {
  RowSource: shape({
    articleId: text,
    factId: text,
    evidence: { type: 'array', items: ref('Span') },
    date: nullableText,
    duplicateOf: nullableText,
  }),
  TransferEvent: shape({
    status: { type: 'string', enum: TRANSFER_STATUSES },
    year: disputed({ type: 'integer' }),
    quantity: disputed({ type: 'integer' }),
    factIds: strings,
    firstReported: nullableText,
    lastReported: nullableText,
  }),
  TransferRow: shape({
    kind: { const: 'transfer' },
    ...base,
    supplier: disputed(text),
    recipient: nullableText,
    ...systemFields,
    description: nullableText,
    status: { type: 'string', enum: TRANSFER_STATUSES },
    events: { type: 'array', items: ref('TransferEvent') },
  }),
  ProductionRow: shape({
    kind: { const: 'production' },
    ...base,
    country: text,
    producer: disputed(text),
    ...systemFields,
    licensor: disputed(text),
    capacityPerYear: disputed({ type: 'integer' }),
    status: disputed({ type: 'string', enum: PRODUCTION_STATUSES }),
    year: disputed({ type: 'integer' }),
  }),
  ShareRow: shape({
    kind: { const: 'share' },
    ...base,
    subject: text,
    role: { type: 'string', enum: ['importer', 'exporter'] },
    counterpart: nullableText,
    periodStart: { type: ['integer', 'null'] },
    periodEnd: { type: ['integer', 'null'] },
    sharePct: disputed({ type: 'number' }),
    wording: {
      oneOf: [
        shape({ phrase: text, minPct: { type: 'number' }, maxPct: { type: 'number' } }),
        { type: 'null' },
      ],
    },
    publisher: disputed(text),
  }),
  RegisterRow: { oneOf: [ref('TransferRow'), ref('ProductionRow'), ref('ShareRow')] },
};
