import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { IngestSummary } from '../../src/pipeline/ingest.ts';
import { freshStore, type TestStore } from '../support/stores.ts';
import { appOver, envelope } from './fixture.ts';

const PAGE = `<!doctype html><html><head><title>Howitzers for the border</title>
<meta property="article:published_time" content="2024-05-02"></head><body><article>
<h1>Howitzers for the border</h1>
<p>The defence ministry of Armenia said on Thursday that it had received a first batch of CAESAR howitzers
from France, under a contract signed last year. More guns are to follow before the end of the year, the
ministry added, without giving a number.</p>
<p>Officials in Yerevan described the guns as a step towards a more varied set of suppliers.</p>
</article></body></html>`;

describe('ingest by URL', () => {
  let test: TestStore;
  let site: Server;
  let base: string;
  let app: ReturnType<typeof appOver>['app'];
  const ingest = (urls: string[]) =>
    app.request('/api/v1/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ urls }),
    });

  before(async () => {
    test = await freshStore('sqlite');
    app = appOver(test.store).app;
    site = createServer((request, response) => {
      if (request.url === '/howitzers.html') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(PAGE);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => site.close(resolve));
    await test.dispose();
  });

  it('fetches a page, stores the article, and stores it once when asked again', async () => {
    const first = (await envelope<IngestSummary>(await ingest([`${base}/howitzers.html`]))).data;
    assert.equal(first.ingested, 1);
    assert.deepEqual(first.rejected, []);
    const again = (await envelope<IngestSummary>(await ingest([`${base}/howitzers.html`]))).data;
    assert.equal(again.ingested, 0);
    assert.equal(again.duplicates, 1);
    const articles = (
      await envelope<{ total: number; items: { title: string }[] }>(await app.request('/api/v1/articles'))
    ).data;
    assert.equal(articles.total, 1);
    assert.equal(articles.items[0]?.title, 'Howitzers for the border');
  });

  it('reports a URL that fails inside the summary and goes on with the others', async () => {
    const response = await ingest([`${base}/missing.html`, `${base}/howitzers.html`]);
    assert.equal(response.status, 200);
    const summary = (await envelope<IngestSummary>(response)).data;
    assert.equal(summary.rejected.length, 1);
    assert.match(summary.rejected[0]?.message ?? '', /missing\.html/);
    assert.equal(summary.duplicates, 1);
  });

  it('refuses anything but http(s) URLs, so no local file is ever read', async () => {
    const tooMany = Array<string>(21).fill('http://example.org/');
    for (const urls of [['/etc/passwd'], ['file:///etc/passwd'], ['.'], ['https://'], [], tooMany]) {
      const response = await ingest(urls);
      assert.equal(response.status, 400, JSON.stringify(urls));
      assert.equal((await envelope(response)).error?.code, 'invalid_input');
    }
  });
});
