import { CATEGORIES } from '../model/index.ts';
import type { ParamSpec } from './params.ts';

/** The largest page a list answers, so one request cannot pull a million rows. */
const MAX_LIMIT = 500;

export const LIMIT: ParamSpec = {
  name: 'limit',
  in: 'query',
  type: 'integer',
  description: `Page size (1 to ${MAX_LIMIT})`,
  minimum: 1,
  maximum: MAX_LIMIT,
  default: 50,
};

export const OFFSET: ParamSpec = {
  name: 'offset',
  in: 'query',
  type: 'integer',
  description: 'How many items to skip',
  minimum: 0,
  default: 0,
};

/** An ISO 3166-1 alpha-3 code or `non-state:<name>`. */
const PARTY_PATTERN = /^([A-Z]{3}|non-state:.+)$/;

/** A query parameter holding a country code. */
export function partyParam(name: string, description: string): ParamSpec {
  return { name, in: 'query', type: 'string', description, pattern: PARTY_PATTERN };
}

/** A query parameter holding a year. */
function yearParam(name: string, description: string): ParamSpec {
  return { name, in: 'query', type: 'integer', description, minimum: 1900, maximum: 2100 };
}

export const FROM_YEAR = yearParam('from', 'First year, inclusive');
export const TO_YEAR = yearParam('to', 'Last year, inclusive');

export const CATEGORY: ParamSpec = {
  name: 'category',
  in: 'query',
  type: 'string',
  description: 'Weapon category',
  enum: CATEGORIES,
};

export const SYSTEM: ParamSpec = {
  name: 'system',
  in: 'query',
  type: 'string',
  description: 'Weapon designation, e.g. Su-30SM',
};

/** A path parameter that names a stored item. */
export function idParam(name: string, description: string): ParamSpec {
  return { name, in: 'path', type: 'string', description, required: true };
}
