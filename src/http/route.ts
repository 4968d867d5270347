import type { AppDeps } from './deps.ts';
import type { ParamSpec, Params } from './params.ts';

/** A JSON Schema fragment, as the OpenAPI document carries it. */
export type JsonSchema = Record<string, unknown>;

/** What a successful answer is: the JSON envelope, a CSV download, or a raw document (the OpenAPI one). */
export type Answer = 'envelope' | 'csv' | 'document';

/** What a handler receives: the app's dependencies, checked parameters and, for POST, the parsed JSON body. */
export interface RouteInput {
  deps: AppDeps;
  params: Params;
  body: unknown;
}

/** A CSV download: the handler returns it and the app sets the headers. */
export interface CsvDownload {
  filename: string;
  csv: string;
}

/**
 * One entry of the route table: the app registers it and the OpenAPI document describes it,
 * so the two cannot drift apart.
 */
export interface RouteSpec {
  method: 'get' | 'post';
  /** Path under /api/v1, with `{name}` for path parameters, as OpenAPI writes it. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params: readonly ParamSpec[];
  /** The JSON body a POST takes. */
  body?: JsonSchema;
  /** Requires the bearer token whenever the server has one. */
  guarded?: boolean;
  answer: Answer;
  /** Status of a successful answer: 200 unless the route creates something. */
  status?: 200 | 201;
  /** Schema of `data` in a successful envelope. */
  data?: JsonSchema;
  /** Returns `data` for an envelope, a CsvDownload for csv, the document itself for document. */
  handle(input: RouteInput): Promise<unknown>;
}

/** The same path as Hono's router writes it: `{id}` becomes `:id`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
