import type { ParamSpec } from './params.ts';
import type { JsonSchema, RouteSpec } from './route.ts';
import { ref } from './schema.ts';
import { SCHEMAS } from './schemas.ts';

/** Where the API lives; every route path in the table is relative to it. */
export const API_BASE = '/api/v1';

const ERROR_ENVELOPE: JsonSchema = {
  type: 'object',
  required: ['ok', 'error'],
  properties: { ok: { const: false }, error: ref('Error') },
};

const ERROR_RESPONSES = {
  '400': 'A parameter or the body is invalid (code invalid_input)',
  '404': 'No such item or route (code not_found)',
  '500': 'Internal error (code internal)',
};

/** The OpenAPI 3.1 document of the route table: the same table the app registers, so they cannot drift. */
export function openApiDocument(routes: readonly RouteSpec[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'armswatch API',
      version,
      description:
        'A sourced register of the arms trade and arms production, built from the news. Every JSON answer is ' +
        '`{"ok": true, "data": ...}` or `{"ok": false, "error": {"code", "message"}}`.',
    },
    servers: [{ url: API_BASE }],
    paths,
    components: {
      schemas: { ...SCHEMAS, ErrorEnvelope: ERROR_ENVELOPE },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The ARMSWATCH_TOKEN value' },
      },
    },
  };
}

function operation(route: RouteSpec): JsonSchema {
  return {
    operationId: operationId(route),
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: route.params.map(parameter),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } }
      : {}),
    ...(route.guarded ? { security: [{ bearer: [] }, {}] } : {}),
    responses: responses(route),
  };
}

function operationId(route: RouteSpec): string {
  const words = route.path
    .replace(/\{(\w+)\}/g, 'by-$1')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return [route.method, ...words.map((word) => word[0]!.toUpperCase() + word.slice(1))].join('');
}

function parameter(spec: ParamSpec): JsonSchema {
  const schema: JsonSchema = { type: spec.type };
  if (spec.enum) schema.enum = spec.enum;
  if (spec.pattern) schema.pattern = spec.pattern.source;
  if (spec.minimum !== undefined) schema.minimum = spec.minimum;
  if (spec.maximum !== undefined) schema.maximum = spec.maximum;
  if (spec.default !== undefined) schema.default = spec.default;
  return {
    name: spec.name,
    in: spec.in,
    required: spec.in === 'path' || Boolean(spec.required),
    description: spec.description,
    schema,
  };
}

function responses(route: RouteSpec): JsonSchema {
  const errors = Object.fromEntries(
    Object.entries({
      ...ERROR_RESPONSES,
      ...(route.guarded ? { '401': 'The bearer token is missing or wrong (code unauthorized)' } : {}),
      ...(route.method === 'post'
        ? {
            '413': 'The body is over 256 KB (code too_large)',
            '415': 'The body is not sent as application/json (code unsupported_format)',
          }
        : {}),
    }).map(([status, description]) => [
      status,
      { description, content: { 'application/json': { schema: ref('ErrorEnvelope') } } },
    ]),
  );
  return { [String(route.status ?? 200)]: success(route), ...errors };
}

function success(route: RouteSpec): JsonSchema {
  if (route.answer === 'csv') {
    return { description: 'A CSV file', content: { 'text/csv': { schema: { type: 'string' } } } };
  }
  if (route.answer === 'document') {
    return { description: 'The document itself, not wrapped', content: { 'application/json': {} } };
  }
  const schema = {
    type: 'object',
    required: ['ok', 'data'],
    properties: { ok: { const: true }, data: route.data ?? {} },
  };
  return { description: 'Success', content: { 'application/json': { schema } } };
}
