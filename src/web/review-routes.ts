import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { AppError, toAppError } from '../errors.ts';
import { checkToken } from '../http/auth.ts';
import type { AppDeps } from '../http/deps.ts';
import { found } from '../http/listing.ts';
import { type ReviewRequest, reviewFact } from '../http/review-action.ts';
import type { Fact, FactReview, ReviewAction, StoredFact } from '../model/index.ts';
import { page } from './layout.ts';
import { correctableFields, type QueueItem, type ReviewView, reviewBody } from './pages/review.ts';

const QUEUE_PAGE = 10;
const TRAIL_LENGTH = 30;
const REVIEWER_COOKIE = 'armswatch_reviewer';
const SHOWS = ['unreviewed', 'accept', 'reject', 'correct'] as const;
type Show = (typeof SHOWS)[number];

/** The review queue page and its form actions, which call the same review function as the API. */
export function reviewRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/review', async (c) => renderQueue(c, deps, null));
  app.post('/review/reviewer', async (c) => {
    if (!fromOurPages(c)) return crossSite(c);
    const form = await c.req.parseBody();
    const name = typeof form.reviewer === 'string' ? form.reviewer.trim().slice(0, 100) : '';
    if (name) setCookie(c, REVIEWER_COOKIE, name, { path: '/', sameSite: 'Strict', httpOnly: true });
    return c.redirect('/review', 303);
  });
  // Forms post from our own pages only: a page elsewhere cannot make the analyst's browser decide.
  app.post('/review/:id', async (c) => {
    if (!fromOurPages(c)) return crossSite(c);
    const factId = c.req.param('id');
    try {
      const form = await c.req.parseBody();
      const value = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
      if (deps.token !== null) checkToken(deps.token, `Bearer ${value('token')}`);
      const request = await formRequest(deps, factId, value);
      await reviewFact(deps, factId, request);
      return c.redirect(`/review?done=${encodeURIComponent(factId)}`, 303);
    } catch (error) {
      const failure = toAppError(error);
      return renderQueue(c, deps, { ok: false, text: `Fact ${factId}: ${failure.message}` }, failure.code);
    }
  });
  return app;
}

/**
 * True unless the browser says the form came from another site: browsers send `Origin` (and
 * `Sec-Fetch-Site`) with every form POST, so a page elsewhere cannot make an analyst's browser decide.
 */
function fromOurPages(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== new URL(c.req.url).origin) return false;
  return c.req.header('sec-fetch-site') !== 'cross-site';
}

function crossSite(c: Context): Response | Promise<Response> {
  return c.html(
    page({
      title: 'Refused',
      path: '/review',
      body: html`<h1>Refused</h1><p>Review forms are accepted only from armswatch's own pages.</p>`,
    }),
    403,
  );
}

async function formRequest(
  deps: AppDeps,
  factId: string,
  value: (name: string) => string,
): Promise<ReviewRequest> {
  const action = value('action') as ReviewAction;
  if (!['accept', 'reject', 'correct'].includes(action)) {
    throw new AppError('invalid_input', 'the action must be accept, reject or correct');
  }
  const reviewer = value('reviewer').trim();
  if (!reviewer)
    throw new AppError('invalid_input', 'give your name as reviewer: it is kept in the audit trail');
  const request: ReviewRequest = { action, reviewer, note: value('note').trim() || null };
  if (action === 'correct') {
    const current = await currentFact(deps, factId);
    request.changes = changedFields(current, value);
  }
  return request;
}

/** The fact as it stands after earlier reviews, which the correction form showed. */
async function currentFact(deps: AppDeps, factId: string): Promise<Fact> {
  const stored = found(await deps.store.facts.get(factId), 'fact', factId);
  const [latest] = await deps.store.reviews.latest([factId]);
  return latest?.after ?? stored.fact;
}

/** The fields whose submitted value differs from the fact: empty means null, numeric fields become numbers. */
function changedFields(fact: Fact, value: (name: string) => string): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const record = fact as unknown as Record<string, unknown>;
  for (const { name, numeric } of correctableFields(fact.type)) {
    const raw = value(name).trim();
    const parsed = raw === '' ? null : numeric ? Number(raw) : raw;
    if (numeric && parsed !== null && Number.isNaN(parsed)) {
      throw new AppError('invalid_input', `${name.replaceAll('_', ' ')}: "${raw}" is not a number`);
    }
    if (parsed !== (record[name] ?? null)) changes[name] = parsed;
  }
  return changes;
}

async function renderQueue(
  c: Context,
  deps: AppDeps,
  failure: { ok: false; text: string } | null,
  code?: string,
): Promise<Response> {
  const factId = c.req.query('fact') ?? null;
  const show = SHOWS.find((candidate) => candidate === c.req.query('show')) ?? 'unreviewed';
  const pageNumber = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1);
  const { facts, total } = factId ? await oneFact(deps, factId) : await queuePage(deps, show, pageNumber);
  const view: ReviewView = {
    items: await queueItems(deps, facts),
    show: factId ? 'one' : show,
    page: pageNumber,
    pages: Math.max(1, Math.ceil(total / QUEUE_PAGE)),
    trail: factId
      ? (await deps.store.reviews.listForFact(factId)).reverse()
      : await deps.store.reviews.list({ limit: TRAIL_LENGTH }),
    reviewer: getCookie(c, REVIEWER_COOKIE) ?? '',
    needsToken: deps.token !== null,
    notice: failure ?? (await doneNotice(deps, c.req.query('done'))),
  };
  const status = code === 'not_found' ? 404 : code === 'unauthorized' ? 401 : failure ? 400 : 200;
  return c.html(page({ title: 'Review', path: '/review', body: reviewBody(view) }), status);
}

async function oneFact(deps: AppDeps, factId: string): Promise<{ facts: StoredFact[]; total: number }> {
  const stored = await deps.store.facts.get(factId);
  return { facts: stored ? [stored] : [], total: stored ? 1 : 0 };
}

async function queuePage(
  deps: AppDeps,
  show: Show,
  pageNumber: number,
): Promise<{ facts: StoredFact[]; total: number }> {
  const filter = { review: show, limit: QUEUE_PAGE, offset: (pageNumber - 1) * QUEUE_PAGE };
  const [facts, total] = await Promise.all([
    deps.store.facts.query(filter),
    deps.store.facts.countQuery(filter),
  ]);
  return { facts, total };
}

async function queueItems(deps: AppDeps, facts: StoredFact[]): Promise<QueueItem[]> {
  const latest = new Map<string, FactReview>();
  for (const review of await deps.store.reviews.latest(facts.map((stored) => stored.id))) {
    latest.set(review.factId, review);
  }
  const articles = new Map<string, { title: string | null; text: string }>();
  for (const articleId of new Set(facts.map((stored) => stored.articleId))) {
    const article = await deps.store.articles.get(articleId);
    if (article) articles.set(articleId, article);
  }
  return facts.map((stored) => {
    const review = latest.get(stored.id) ?? null;
    const article = articles.get(stored.articleId);
    return {
      stored,
      current: review ? review.after : stored.fact,
      latest: review,
      articleTitle: article?.title ?? null,
      quotes: stored.fact.evidence.map((span) => article?.text.slice(span.start, span.end) ?? ''),
    };
  });
}

/** Says what the last decision on a fact was, read back from the trail rather than from the URL. */
async function doneNotice(
  deps: AppDeps,
  factId: string | undefined,
): Promise<{ ok: true; text: string } | null> {
  if (!factId) return null;
  const [latest] = await deps.store.reviews.latest([factId]);
  if (!latest) return null;
  return {
    ok: true,
    text: `Fact ${factId}: ${latest.action} recorded for ${latest.reviewer}; the register is up to date.`,
  };
}
