/** The closed set of failure kinds; each maps to one HTTP status and one CLI exit code. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unsupported_format'
  | 'too_large'
  | 'unauthorized'
  | 'usage'
  | 'config'
  | 'network'
  | 'internal';

/** An error whose message a user can act on, e.g. "feeds/world.xml: line 3: not an RSS or Atom document". */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  usage: 400,
  unsupported_format: 415,
  too_large: 413,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  config: 500,
  network: 502,
  internal: 500,
};

/** Wraps anything thrown into an AppError, keeping AppErrors as they are. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('internal', message, { cause: error });
}
