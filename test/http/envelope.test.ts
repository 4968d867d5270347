import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RouteSpec } from '../../src/http/route.ts';
import { ROUTES } from '../../src/http/routes/index.ts';
import { validate } from '../../src/http/schema.ts';
import { SCHEMAS } from '../../src/http/schemas.ts';
import { freshStore, type TestStore } from '../support/stores.ts';
import { appOver, envelope, fill } from './fixture.ts';

/** For every route: a request that succeeds, and a path value that names nothing (where it has one). */
interface Sample {
  path: Record<string, string>;
  /** Required query parameters, as `?a=1&b=2`. */
  query?: string;
  body?: unknown;
  missing?: Record<string, string>;
}

const SAMPLES: Record<string, Sample> = {
  'get /status': { path: {} },
  'get /openapi.json': { path: {} },
  'get /articles': { path: {} },
  'get /articles/{id}': { path: { id: 'yerevan-jets' }, missing: { id: 'no-such-article' } },
  'get /facts': { path: {} },
  'get /facts/{id}': { path: { id: 'yerevan-jets#0' }, missing: { id: 'yerevan-jets#99' } },
  'post /facts/{id}/reviews': {
    path: { id: 'yerevan-jets#1' },
    body: { action: 'accept', reviewer: 'walker' },
    missing: { id: 'nowhere#0' },
  },
  'get /facts/{id}/reviews': { path: { id: 'yerevan-jets#1' }, missing: { id: 'nowhere#0' } },
  'get /reviews': { path: {} },
  'get /register': { path: {} },
  'get /register.csv': { path: {} },
  'get /shares': { path: {}, query: '?role=importer&country=ARM' },
  'get /compare': { path: {} },
  'get /countries/{iso3}': { path: { iso3: 'ARM' }, missing: { iso3: 'ZZZ' } },
  'get /systems/{name}': { path: { name: 'Su-30SM' }, missing: { name: 'Nothing-9000' } },
  'get /register/{id}': { path: { id: '' }, missing: { id: 'no-such-row' } },
  // Port 9 (discard) is closed here: the URL is rejected inside the summary, which is still a success.
  'post /ingest': { path: {}, body: { urls: ['http://127.0.0.1:9/article'] } },
};

function url(route: RouteSpec, values: Record<string, string>, query = ''): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
  return `/api/v1${path}${query}`;
}

function request(
  route: RouteSpec,
  sample: Sample,
  values = sample.path,
  extra = '',
): RequestInit & { url: string } {
  const query = [sample.query?.slice(1), extra].filter(Boolean).join('&');
  const init: RequestInit = { method: route.method.toUpperCase() };
  if (route.method === 'post') {
    init.body = JSON.stringify(sample.body ?? {});
    init.headers = { 'Content-Type': 'application/json' };
  }
  return { ...init, url: url(route, values, query ? `?${query}` : '') };
}

function assertError(body: Awaited<ReturnType<typeof envelope>>, code: string): void {
  assert.deepEqual(Object.keys(body).sort(), ['error', 'ok']);
  assert.equal(body.ok, false);
  assert.equal(body.error?.code, code);
  assert.equal(typeof body.error?.message, 'string');
  assert.ok((body.error?.message ?? '').length > 0);
}

describe('every route of the API', () => {
  let test: TestStore;
  let app: ReturnType<typeof appOver>['app'];
  before(async () => {
    test = await freshStore('sqlite');
    await fill(test.store);
    app = appOver(test.store).app;
    const [row] = await test.store.register.list({ limit: 1 });
    SAMPLES['get /register/{id}']!.path.id = row!.id;
  });
  after(() => test.dispose());

  it('has a sample request in this test', () => {
    const missing = ROUTES.map((r) => `${r.method} ${r.path}`).filter((key) => !SAMPLES[key]);
    assert.deepEqual(missing, []);
  });

  for (const route of ROUTES) {
    const key = `${route.method} ${route.path}`;
    describe(key, () => {
      it('answers a good request in its documented shape', async () => {
        const sample = SAMPLES[key]!;
        const { url: target, ...init } = request(route, sample);
        const response = await app.request(target, init);
        assert.equal(response.status, route.status ?? 200, await response.clone().text());
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        if (route.answer === 'csv') {
          assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
          return;
        }
        const body = await envelope(response);
        if (route.answer === 'document') {
          assert.equal((body as unknown as { openapi: string }).openapi, '3.1.0');
          return;
        }
        assert.deepEqual(Object.keys(body).sort(), ['data', 'ok']);
        assert.equal(body.ok, true);
        validate(route.data ?? {}, body.data, 'data', SCHEMAS);
      });

      it('refuses an unknown parameter with invalid_input', async () => {
        const sample = SAMPLES[key]!;
        const { url: target, ...init } = request(route, sample, sample.path, 'bogus=1');
        const response = await app.request(target, init);
        assert.equal(response.status, 400);
        assertError(await envelope(response), 'invalid_input');
      });

      const sample = SAMPLES[key];
      if (sample?.missing) {
        it('answers not_found for a path naming nothing', async () => {
          const { url: target, ...init } = request(route, sample, sample.missing);
          const response = await app.request(target, init);
          assert.equal(response.status, 404);
          assertError(await envelope(response), 'not_found');
        });
      }
    });
  }

  it('is described, route for route, by the OpenAPI document', async () => {
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    assert.deepEqual(documented.sort(), ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    const ids = documented.map((k) => {
      const [method, path] = k.split(' ');
      return document.paths[path!]![method!]!.operationId;
    });
    assert.equal(new Set(ids).size, ids.length);
  });

  it('answers not_found in the envelope for a path no route takes', async () => {
    for (const path of ['/api/v1/nothing-here', '/api/v2/articles', '/api/v1/articles/a/b/c']) {
      const response = await app.request(path);
      assert.equal(response.status, 404, path);
      assertError(await envelope(response), 'not_found');
    }
  });

  it('answers not_found for a method the path does not take', async () => {
    const response = await app.request('/api/v1/articles', { method: 'DELETE' });
    assert.equal(response.status, 404);
    assertError(await envelope(response), 'not_found');
  });

  it('refuses a bad value for a typed parameter with a message naming it', async () => {
    for (const query of ['limit=0', 'limit=ten', 'offset=-1', 'limit=501', 'review=maybe']) {
      const response = await app.request(`/api/v1/facts?${query}`);
      assert.equal(response.status, 400, query);
      const body = await envelope(response);
      assertError(body, 'invalid_input');
      assert.match(body.error!.message, new RegExp(query.split('=')[0]!));
    }
  });

  it('refuses a body that is not JSON, or too large', async () => {
    const post = (body: string) =>
      app.request('/api/v1/facts/yerevan-jets%230/reviews', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
    const broken = await post('{"action": ');
    assert.equal(broken.status, 400);
    assertError(await envelope(broken), 'invalid_input');
    const huge = await post(JSON.stringify({ action: 'accept', reviewer: 'x', note: 'n'.repeat(300_000) }));
    assert.equal(huge.status, 413);
    assertError(await envelope(huge), 'too_large');
  });
});

describe('an internal failure', () => {
  it('answers internal in the envelope without the details', async () => {
    const test = await freshStore('sqlite');
    const { app } = appOver(test.store);
    await test.store.close();
    const response = await app.request('/api/v1/articles');
    assert.equal(response.status, 500);
    const body = await envelope(response);
    assertError(body, 'internal');
    assert.doesNotMatch(body.error!.message, /destroyed|driver|sqlite/i);
  });
});
