import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, HTTP_STATUS, toAppError } from '../errors.ts';

/** Answers `{ok: true, data}`. */
export function okResponse(c: Context, data: unknown, status: ContentfulStatusCode = 200): Response {
  return c.json({ ok: true, data }, status);
}

/**
 * The one error handler: AppError codes map to statuses through HTTP_STATUS; anything else is an internal
 * error whose details go to the server log, not to the client.
 */
export function errorResponse(error: unknown, c: Context): Response {
  const appError = fromThrown(error);
  if (appError.code === 'internal') process.stderr.write(`armswatch serve: ${describe(error)}\n`);
  const message =
    appError.code === 'internal' ? 'internal error; the server log has the details' : appError.message;
  if (appError.code === 'unauthorized') c.header('WWW-Authenticate', 'Bearer realm="armswatch"');
  return c.json(
    { ok: false, error: { code: appError.code, message } },
    HTTP_STATUS[appError.code] as ContentfulStatusCode,
  );
}

/** The answer for a path no route takes. */
export function notFoundResponse(c: Context): Response {
  return errorResponse(
    new AppError(
      'not_found',
      `no route for ${c.req.method} ${new URL(c.req.url).pathname}; see /api/v1/openapi.json`,
    ),
    c,
  );
}

function fromThrown(error: unknown): AppError {
  // Hono's own exceptions (a body over the size limit, a malformed request) carry an HTTP status.
  if (!(error instanceof AppError) && error instanceof Error && 'status' in error) {
    const status = Number(error.status);
    if (status === 413)
      return new AppError('too_large', 'the request body is larger than the server accepts');
    if (status >= 400 && status < 500) return new AppError('invalid_input', error.message);
  }
  return toAppError(error);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
