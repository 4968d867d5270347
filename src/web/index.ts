import { type Context, Hono, type Next } from 'hono';
import { systemProfile } from '../analyse/profiles.ts';
import { countryByIso3 } from '../countries/index.ts';
import type { AppDeps } from '../http/deps.ts';
import { registerCsv } from '../http/register-csv.ts';
import { systemSearchKeys } from '../resolve/systems.ts';
import { countryData } from './country-data.ts';
import { overviewData, registerData } from './data.ts';
import { notFoundPage, page } from './layout.ts';
import { articleBody } from './pages/article.ts';
import { countryBody } from './pages/country.ts';
import { overviewBody, searchBody } from './pages/overview.ts';
import { registerBody } from './pages/register.ts';
import { systemBody } from './pages/system.ts';
import { readRegisterForm, registerFilter } from './register-query.ts';
import { reviewRoutes } from './review-routes.ts';
import { serveStatic } from './static-files.ts';

const SEARCH_PAGE_SIZE = 20;
const REGISTER_PAGE_SIZE = 50;

/** The dashboard: server-rendered pages and their static assets, reading the store directly. */
export function webRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', hardenPages);
  app.get('/static/:name', serveStatic);
  app.route('/', reviewRoutes(deps));

  app.get('/', async (c) =>
    c.html(page({ title: 'Overview', path: '/', body: overviewBody(await overviewData(deps)) })),
  );

  app.get('/search', (c) => searchPage(c, deps));
  app.get('/articles/:id', (c) => articlePage(c, deps));

  app.get('/register', async (c) => {
    const form = readRegisterForm((name) => c.req.query(name));
    const { rows, total } = await registerData(
      deps,
      registerFilter(form, REGISTER_PAGE_SIZE, systemSearchKeys),
    );
    const body = registerBody({ form, rows, total, pageSize: REGISTER_PAGE_SIZE });
    return c.html(page({ title: 'Register', path: '/register', body }));
  });

  app.get('/register.csv', async (c) => {
    const form = readRegisterForm((name) => c.req.query(name));
    const csv = await registerCsv(deps.store, registerFilter(form, null, systemSearchKeys));
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="armswatch-register-${form.kind}.csv"`,
    });
  });

  app.get('/countries/:iso3', (c) => countryPage(c, deps));
  app.get('/systems/:name', (c) => systemPage(c, deps));

  return app;
}

async function searchPage(c: Context, deps: AppDeps): Promise<Response> {
  const query = c.req.query('q')?.trim() ?? '';
  const pageNumber = positive(c.req.query('page'), 1);
  const filter = { search: query || null };
  const [total, articles] = await Promise.all([
    deps.store.articles.count(filter),
    deps.store.articles.list({
      ...filter,
      limit: SEARCH_PAGE_SIZE,
      offset: (pageNumber - 1) * SEARCH_PAGE_SIZE,
    }),
  ]);
  const body = searchBody({ query, page: pageNumber, pageSize: SEARCH_PAGE_SIZE, total, articles });
  return c.html(page({ title: query ? `Search: ${query}` : 'Articles', path: '/search', body }));
}

async function articlePage(c: Context, deps: AppDeps): Promise<Response> {
  const id = c.req.param('id') ?? '';
  const article = await deps.store.articles.get(id);
  if (!article) return c.html(notFoundPage(c.req.path, `No article has the id “${id}”.`), 404);
  const facts = await deps.store.facts.listForArticle(id);
  const [latest, rows] = await Promise.all([
    deps.store.reviews.latest(facts.map((stored) => stored.id)),
    deps.store.register.list({ articleId: id, limit: 100 }),
  ]);
  const reviews = new Map(latest.map((review) => [review.factId, review]));
  const body = articleBody({ article, facts, reviews, rows });
  return c.html(
    page({ title: article.title ?? article.id, path: c.req.path, body, scripts: ['article.js'] }),
  );
}

async function countryPage(c: Context, deps: AppDeps): Promise<Response> {
  const iso3 = (c.req.param('iso3') ?? '').toUpperCase();
  if (!countryByIso3(iso3))
    return c.html(notFoundPage(c.req.path, `“${iso3}” is not a country code armswatch knows.`), 404);
  const role = c.req.query('role');
  const view = await countryData(deps, iso3, {
    role: role === 'importer' || role === 'exporter' ? role : null,
    from: year(c.req.query('from')),
    to: year(c.req.query('to')),
  });
  return c.html(page({ title: view.name, path: c.req.path, body: countryBody(view) }));
}

async function systemPage(c: Context, deps: AppDeps): Promise<Response> {
  const name = c.req.param('name') ?? '';
  const profile = await systemProfile(deps.store, name);
  if (!profile) {
    return c.html(notFoundPage(c.req.path, `Neither the register nor the reference knows “${name}”.`), 404);
  }
  return c.html(page({ title: profile.name, path: c.req.path, body: systemBody(profile, name) }));
}

/**
 * Defence in depth behind escaping: the pages load scripts and styles from /static only, so even markup
 * that slipped through could not run inline script or load anything from elsewhere.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

async function hardenPages(c: Context, next: Next): Promise<void> {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
}

/** A four-digit year from a query parameter, or null. */
function year(value: string | undefined): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** A positive whole number from a query parameter, or the fallback. */
export function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}
