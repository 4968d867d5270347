import { AppError } from '../errors.ts';

/** One query or path parameter of a route: how it is parsed and how the OpenAPI document describes it. */
export interface ParamSpec {
  name: string;
  in: 'query' | 'path';
  type: 'string' | 'integer';
  description: string;
  enum?: readonly string[];
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  default?: string | number;
  required?: boolean;
}

/** The parsed parameters of one request; every value was checked against its ParamSpec. */
export class Params {
  constructor(private readonly values: ReadonlyMap<string, string | number>) {}

  /** A string parameter, or null when absent. */
  text(name: string): string | null {
    const value = this.values.get(name);
    return value === undefined ? null : String(value);
  }

  /** An integer parameter (its default when absent), or null. */
  int(name: string): number | null {
    const value = this.values.get(name);
    return typeof value === 'number' ? value : null;
  }

  /** A path parameter: always present once the route matched. */
  path(name: string): string {
    return this.text(name) ?? '';
  }
}

/** Checks raw query and path values against the specs: unknown names and bad values are invalid_input. */
export function parseParams(
  specs: readonly ParamSpec[],
  query: Record<string, string>,
  path: Record<string, string>,
): Params {
  const known = new Set(specs.filter((spec) => spec.in === 'query').map((spec) => spec.name));
  for (const name of Object.keys(query)) {
    if (!known.has(name)) {
      const offered = [...known].join(', ') || 'none';
      throw new AppError('invalid_input', `unknown parameter "${name}"; this route takes: ${offered}`);
    }
  }
  const values = new Map<string, string | number>();
  for (const spec of specs) {
    const raw = spec.in === 'path' ? path[spec.name] : query[spec.name];
    const value = raw === undefined || raw === '' ? spec.default : parseValue(spec, raw);
    if (value === undefined) {
      if (spec.required) throw new AppError('invalid_input', `parameter "${spec.name}" is required`);
      continue;
    }
    values.set(spec.name, value);
  }
  return new Params(values);
}

function parseValue(spec: ParamSpec, raw: string): string | number {
  if (spec.type === 'integer') return parseInteger(spec, raw);
  if (spec.enum && !spec.enum.includes(raw)) {
    throw new AppError(
      'invalid_input',
      `parameter "${spec.name}" must be one of ${spec.enum.join(', ')}, got "${raw}"`,
    );
  }
  if (spec.pattern && !spec.pattern.test(raw)) {
    throw new AppError(
      'invalid_input',
      `parameter "${spec.name}": "${raw}" is not ${spec.description.toLowerCase()}`,
    );
  }
  return raw;
}

function parseInteger(spec: ParamSpec, raw: string): number {
  const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  const tooSmall = spec.minimum !== undefined && value < spec.minimum;
  const tooLarge = spec.maximum !== undefined && value > spec.maximum;
  if (!Number.isSafeInteger(value) || tooSmall || tooLarge) {
    const range = [
      spec.minimum !== undefined ? `>= ${spec.minimum}` : '',
      spec.maximum !== undefined ? `<= ${spec.maximum}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    throw new AppError(
      'invalid_input',
      `parameter "${spec.name}" must be a whole number${range ? ` ${range}` : ''}, got "${raw}"`,
    );
  }
  return value;
}
