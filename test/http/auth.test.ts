import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/index.ts';
import { AppError } from '../../src/errors.ts';
import { isLoopback } from '../../src/http/auth.ts';
import { checkExposure, listen } from '../../src/http/server.ts';
import { freshStore, type TestStore } from '../support/stores.ts';
import { appOver, envelope, fill } from './fixture.ts';

const TOKEN = 's3cret-token';

/** The guarded routes, each with a body it would accept. */
const GUARDED = [
  { url: '/api/v1/facts/delhi-rafale%230/reviews', body: { action: 'accept', reviewer: 'ana' } },
  { url: '/api/v1/ingest', body: { urls: ['http://127.0.0.1:9/none'] } },
];

function post(app: ReturnType<typeof appOver>['app'], url: string, body: unknown, authorization?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (authorization) headers.Authorization = authorization;
  return app.request(url, { method: 'POST', headers, body: JSON.stringify(body) });
}

describe('the token', () => {
  let test: TestStore;
  before(async () => {
    test = await freshStore('sqlite');
    await fill(test.store);
  });
  after(() => test.dispose());

  it('leaves review actions and ingest open when none is set (loopback only)', async () => {
    const { app } = appOver(test.store, null);
    for (const { url, body } of GUARDED) {
      const response = await post(app, url, body);
      assert.ok(response.status < 300, `${url}: ${response.status}`);
    }
  });

  it('is required by review actions and ingest once set, and wrong ones are refused', async () => {
    const { app } = appOver(test.store, TOKEN);
    for (const { url, body } of GUARDED) {
      for (const authorization of [undefined, 'Bearer wrong', `Basic ${TOKEN}`, TOKEN, `Bearer ${TOKEN}x`]) {
        const response = await post(app, url, body, authorization);
        assert.equal(response.status, 401, `${url} with ${authorization}`);
        assert.equal((await envelope(response)).error?.code, 'unauthorized');
        assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      }
      const allowed = await post(app, url, body, `Bearer ${TOKEN}`);
      assert.ok(allowed.status < 300, `${url}: ${allowed.status}`);
    }
  });

  it('is checked before the body, so a caller without it learns nothing about the input', async () => {
    const { app } = appOver(test.store, TOKEN);
    const response = await post(app, '/api/v1/facts/nowhere%230/reviews', { nonsense: true });
    assert.equal(response.status, 401);
  });

  it('refuses posts a page on another site could send through the browser', async () => {
    const { app } = appOver(test.store, null);
    const [{ url, body }] = GUARDED as [(typeof GUARDED)[number]];
    const send = (headers: Record<string, string>) =>
      app.request(`http://127.0.0.1:8080${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const asText = await send({ 'Content-Type': 'text/plain' });
    assert.equal(asText.status, 415);
    assert.equal((await envelope(asText)).error?.code, 'unsupported_format');
    const fromElsewhere = await send({
      'Content-Type': 'application/json',
      Origin: 'https://elsewhere.example',
    });
    assert.equal(fromElsewhere.status, 401);
    const crossSite = await send({ 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(crossSite.status, 401);
    const sameOrigin = await send({ 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:8080' });
    assert.equal(sameOrigin.status, 201);
  });

  it('is not needed to read', async () => {
    const { app } = appOver(test.store, TOKEN);
    for (const url of [
      '/api/v1/articles',
      '/api/v1/register',
      '/api/v1/reviews',
      '/api/v1/facts/delhi-rafale%230/reviews',
    ]) {
      assert.equal((await app.request(url)).status, 200, url);
    }
  });
});

describe('serving', () => {
  it('tells loopback addresses from the others', () => {
    for (const host of ['127.0.0.1', '127.8.0.1', 'localhost', '::1', '[::1]'])
      assert.ok(isLoopback(host), host);
    for (const host of ['0.0.0.0', '::', '192.168.1.4', 'example.org', '127.0.0.1.example.org']) {
      assert.ok(!isLoopback(host), host);
    }
  });

  it('refuses to listen beyond loopback without a token', () => {
    assert.throws(
      () => checkExposure('0.0.0.0', null),
      (error: unknown) =>
        error instanceof AppError && error.code === 'config' && /ARMSWATCH_TOKEN/.test(error.message),
    );
    assert.doesNotThrow(() => checkExposure('0.0.0.0', TOKEN));
    assert.doesNotThrow(() => checkExposure('127.0.0.1', null));
  });

  it('exits 2 with one clear line when serve is asked to listen on all addresses without a token', async () => {
    const saved = process.env.ARMSWATCH_TOKEN;
    delete process.env.ARMSWATCH_TOKEN;
    const written: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) =>
      written.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      const code = await runCli(['--db', '/nonexistent/never-opened.db', 'serve', '--host', '0.0.0.0']);
      assert.equal(code, 2);
    } finally {
      process.stderr.write = write;
      if (saved !== undefined) process.env.ARMSWATCH_TOKEN = saved;
    }
    assert.match(written.join(''), /refusing to listen on 0\.0\.0\.0 without a token/);
  });

  it('answers without a token only to requests addressed to a loopback name', async () => {
    const test = await freshStore('sqlite');
    const server = await listen(
      { store: test.store, token: null, now: () => new Date() },
      { host: '127.0.0.1', port: 0 },
    );
    const statusFor = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const target = new URL(`${server.url}api/v1/status`);
        request(
          { host: target.hostname, port: target.port, path: target.pathname, headers: { Host: host } },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        )
          .on('error', reject)
          .end();
      });
    try {
      assert.equal(await statusFor('rebound.example:8080'), 401);
      assert.equal(await statusFor('localhost:8080'), 200);
      assert.equal(await statusFor('127.0.0.1'), 200);
    } finally {
      await server.close();
      await test.dispose();
    }
  });

  it('answers over a real socket on loopback, then closes', async () => {
    const test = await freshStore('sqlite');
    const server = await listen(
      { store: test.store, token: null, now: () => new Date() },
      { host: '127.0.0.1', port: 0 },
    );
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const response = await fetch(`${server.url}api/v1/status`);
      assert.equal(((await response.json()) as { ok: boolean }).ok, true);
    } finally {
      await server.close();
      await test.dispose();
    }
  });
});
