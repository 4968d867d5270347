import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fillStore } from '../../test/browser/fixture.ts';
import { backends, freshStore, type TestStore } from '../../test/support/stores.ts';
import { createApp } from '../http/app.ts';
import type { AppDeps } from '../http/deps.ts';

const ORIGIN = 'http://localhost';

function form(fields: Record<string, string>, origin = ORIGIN): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams(fields).toString(),
  };
}

for (const backend of backends()) {
  describe(`dashboard routes in-process on ${backend}`, () => {
    let test: TestStore;
    let deps: AppDeps;
    before(async () => {
      test = await freshStore(backend);
      await fillStore(test.store);
      deps = { store: test.store, token: 'sesame', now: () => new Date('2024-05-01T00:00:00Z') };
    });
    after(() => test.dispose());

    it('answers an unknown article, country or system with a 404 page', async () => {
      const app = createApp(deps);
      for (const path of ['/articles/nope', '/countries/XYZ', '/systems/Nonexistent-9000']) {
        const response = await app.request(path);
        assert.equal(response.status, 404, path);
        assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      }
    });

    it('serves only plain static file names', async () => {
      const app = createApp(deps);
      assert.equal((await app.request('/static/app.css')).status, 200);
      assert.equal((await app.request('/static/..%2Findex.ts')).status, 404);
      assert.equal((await app.request('/static/index.ts')).status, 404);
    });

    it('refuses a review without the server token, and records none', async () => {
      const app = createApp(deps);
      const response = await app.request(
        `/review/${encodeURIComponent('egypt-rafale#0')}`,
        form({ action: 'accept', reviewer: 'Ana' }),
      );
      assert.equal(response.status, 401);
      assert.equal(await test.store.reviews.count({}), 0);
    });

    it('refuses a review posted from another site', async () => {
      const app = createApp(deps);
      const response = await app.request(
        `/review/${encodeURIComponent('egypt-rafale#0')}`,
        form({ action: 'accept', reviewer: 'Ana', token: 'sesame' }, 'https://evil.example'),
      );
      assert.equal(response.status, 403);
      assert.equal(await test.store.reviews.count({}), 0);
    });

    it('says why a correction is refused and keeps the fact as it was', async () => {
      const app = createApp(deps);
      const response = await app.request(
        `/review/${encodeURIComponent('egypt-rafale#0')}`,
        form({ action: 'correct', reviewer: 'Ana', token: 'sesame', quantity: 'four' }),
      );
      assert.equal(response.status, 400);
      assert.match(await response.text(), /quantity: &quot;four&quot; is not a number/);
      assert.equal(await test.store.reviews.count({}), 0);
    });

    it('renders every page over this backend', async () => {
      const app = createApp(deps);
      for (const path of [
        '/',
        '/search?q=Rafale',
        '/articles/rafale-india',
        '/register?supplier=FRA&sort=year',
        '/register?kind=production',
        '/countries/IND',
        '/systems/Rafale',
        '/review',
      ]) {
        const response = await app.request(path);
        assert.equal(response.status, 200, path);
      }
      const article = await (await app.request('/articles/rafale-india')).text();
      assert.match(article, /<mark id="ev-2-0" class="ev depth-2" data-facts="0 2"/);
      const csv = await (await app.request('/register.csv?supplier=FRA')).text();
      assert.equal(csv.trim().split('\n').length, 4, csv);
    });

    it('records an accepted fact with the token and redirects to the queue', async () => {
      const app = createApp(deps);
      const response = await app.request(
        `/review/${encodeURIComponent('egypt-rafale#0')}`,
        form({ action: 'accept', reviewer: 'Ana', token: 'sesame' }),
      );
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), `/review?done=${encodeURIComponent('egypt-rafale#0')}`);
      const [review] = await test.store.reviews.listForFact('egypt-rafale#0');
      assert.equal(review?.reviewer, 'Ana');
      assert.equal(review?.action, 'accept');
    });
  });
}
