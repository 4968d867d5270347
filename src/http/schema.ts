import { AppError } from '../errors.ts';
import type { JsonSchema } from './route.ts';

/** Named schemas: the OpenAPI document's components, and what `$ref`s resolve to when a body is checked. */
export type SchemaRegistry = Readonly<Record<string, JsonSchema>>;

const REF_PREFIX = '#/components/schemas/';

/** A reference to a named schema. */
export function ref(name: string): JsonSchema {
  return { $ref: `${REF_PREFIX}${name}` };
}

/**
 * Checks a value against the JSON Schema subset the API's bodies use (type, enum, properties, required,
 * additionalProperties, items, length, range, pattern, oneOf, $ref); the first problem is invalid_input,
 * named by its path ("body.changes.quantity").
 */
export function validate(schema: JsonSchema, value: unknown, where: string, registry: SchemaRegistry): void {
  const problem = findProblem(schema, value, where, registry);
  if (problem) throw new AppError('invalid_input', problem);
}

function findProblem(
  schema: JsonSchema,
  value: unknown,
  where: string,
  registry: SchemaRegistry,
): string | null {
  if (typeof schema.$ref === 'string')
    return findProblem(resolve(schema.$ref, registry), value, where, registry);
  if (Array.isArray(schema.oneOf)) {
    const fits = (schema.oneOf as JsonSchema[]).some(
      (option) => !findProblem(option, value, where, registry),
    );
    return fits ? null : `${where}: does not match any of the allowed shapes`;
  }
  const typeProblem = checkType(schema, value, where);
  if (typeProblem || value === null) return typeProblem;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    return `${where}: must be one of ${schema.enum.map(String).join(', ')}, got ${JSON.stringify(value)}`;
  }
  if (typeof value === 'string') return checkString(schema, value, where);
  if (typeof value === 'number') return checkNumber(schema, value, where);
  if (Array.isArray(value)) return checkArray(schema, value, where, registry);
  if (typeof value === 'object')
    return checkObject(schema, value as Record<string, unknown>, where, registry);
  return null;
}

function resolve(reference: string, registry: SchemaRegistry): JsonSchema {
  const schema = registry[reference.slice(REF_PREFIX.length)];
  if (!schema) throw new AppError('internal', `schema ${reference} is not registered`);
  return schema;
}

function checkType(schema: JsonSchema, value: unknown, where: string): string | null {
  if (schema.type === undefined) return null;
  const allowed = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
  return allowed.some((type) => hasType(value, type)) ? null : `${where}: must be ${allowed.join(' or ')}`;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'null') return value === null;
  if (type === 'integer') return Number.isSafeInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

function checkString(schema: JsonSchema, value: string, where: string): string | null {
  if (typeof schema.minLength === 'number' && value.length < schema.minLength) {
    return `${where}: must not be shorter than ${schema.minLength} characters`;
  }
  if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
    return `${where}: must not be longer than ${schema.maxLength} characters`;
  }
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) {
    return `${where}: ${JSON.stringify(value)} does not match ${schema.pattern}`;
  }
  return null;
}

function checkNumber(schema: JsonSchema, value: number, where: string): string | null {
  if (typeof schema.minimum === 'number' && value < schema.minimum)
    return `${where}: must be >= ${schema.minimum}`;
  if (typeof schema.maximum === 'number' && value > schema.maximum)
    return `${where}: must be <= ${schema.maximum}`;
  return null;
}

function checkArray(
  schema: JsonSchema,
  value: unknown[],
  where: string,
  registry: SchemaRegistry,
): string | null {
  if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
    return `${where}: needs at least ${schema.minItems} item(s)`;
  }
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
    return `${where}: takes at most ${schema.maxItems} items`;
  }
  if (!schema.items) return null;
  for (const [index, item] of value.entries()) {
    const problem = findProblem(schema.items as JsonSchema, item, `${where}[${index}]`, registry);
    if (problem) return problem;
  }
  return null;
}

function checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  where: string,
  registry: SchemaRegistry,
): string | null {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of (schema.required ?? []) as string[]) {
    if (!(name in value)) return `${where}.${name}: is required`;
  }
  for (const [name, item] of Object.entries(value)) {
    const property = properties[name];
    if (!property) {
      if (schema.additionalProperties === false) {
        return `${where}.${name}: is not a known field (known: ${Object.keys(properties).join(', ')})`;
      }
      continue;
    }
    const problem = findProblem(property, item, `${where}.${name}`, registry);
    if (problem) return problem;
  }
  return null;
}
