import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.ts';
import { webRoutes } from '../web/index.ts';
import { checkToken } from './auth.ts';
import type { AppDeps } from './deps.ts';
import { errorResponse, notFoundResponse, okResponse } from './envelope.ts';
import { API_BASE } from './openapi.ts';
import { parseParams } from './params.ts';
import { type CsvDownload, honoPath, type RouteSpec } from './route.ts';
import { ROUTES } from './routes/index.ts';

/** The largest JSON body a POST takes. */
const MAX_BODY_BYTES = 256 * 1024;

/** The whole server: the JSON API under /api/v1 and the dashboard at /. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(errorResponse);
  app.notFound(notFoundResponse);
  app.route(API_BASE, apiRoutes(deps));
  // Registered before the dashboard so that no dashboard route can answer under /api.
  app.all('/api/*', notFoundResponse);
  app.route('/', webRoutes(deps));
  return app;
}

function apiRoutes(deps: AppDeps): Hono {
  const api = new Hono();
  api.onError(errorResponse);
  // Article text travels in these answers: no browser may sniff them into HTML.
  api.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  for (const route of ROUTES) {
    const handler = (c: Context) => handle(deps, route, c);
    if (route.method === 'get') api.get(honoPath(route.path), handler);
    else api.post(honoPath(route.path), bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge }), handler);
  }
  return api;
}

async function handle(deps: AppDeps, route: RouteSpec, c: Context): Promise<Response> {
  if (route.method === 'post') checkBrowserOrigin(c);
  if (route.guarded) checkToken(deps.token, c.req.header('authorization'));
  const params = parseParams(route.params, c.req.query(), c.req.param());
  const body = route.method === 'post' ? await jsonBody(c) : undefined;
  const result = await route.handle({ deps, params, body });
  if (route.answer === 'document') return c.json(result);
  if (route.answer === 'csv') return csvResponse(c, result as CsvDownload);
  return okResponse(c, result, route.status ?? 200);
}

/**
 * Refuses what a page on another site could make a browser send: a POST that is not JSON (a form or
 * text/plain needs no CORS preflight) or that comes from another origin. Without a token on loopback,
 * this is what keeps a web page from reviewing facts or ingesting URLs through the analyst's browser.
 */
function checkBrowserOrigin(c: Context): void {
  const origin = c.req.header('origin');
  const crossSite = c.req.header('sec-fetch-site') === 'cross-site';
  if (crossSite || (origin !== undefined && origin !== new URL(c.req.url).origin)) {
    throw new AppError('unauthorized', `requests from another site (${origin ?? 'cross-site'}) are refused`);
  }
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new AppError(
      'unsupported_format',
      'the body must be JSON, sent with "Content-Type: application/json"',
    );
  }
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw new AppError('invalid_input', 'body: a JSON object is required');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `body: not valid JSON (${(error as Error).message})`);
  }
}

function csvResponse(c: Context, download: CsvDownload): Response {
  return c.body(download.csv, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${download.filename}"`,
  });
}

function tooLarge(): never {
  throw new AppError('too_large', `the request body is over ${MAX_BODY_BYTES} bytes`);
}
