import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { type ReadOptions, type ReadOutcome, readArticles } from './index.ts';

async function collect(inputs: string[], options: Partial<ReadOptions> = {}): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for await (const outcome of readArticles(inputs, { maxArticleBytes: 2000, ...options }))
    outcomes.push(outcome);
  return outcomes;
}

function describeOutcome(outcome: ReadOutcome): string {
  return outcome.kind === 'article' ? `article ${outcome.draft.source}` : `rejected ${outcome.error.message}`;
}

describe('reading files and folders', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'armswatch-read-'));
    mkdirSync(join(dir, 'b-sub'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'c.txt'), 'date 2024-01-02\nText of c.');
    writeFileSync(join(dir, 'a.txt'), 'Text of a.');
    writeFileSync(
      join(dir, 'b-sub', 'z.jsonl'),
      `{"id":"z1","text":"z one"}\n{"id":"z2","text":"${'y'.repeat(2500)}"}\n`,
    );
    writeFileSync(join(dir, '.hidden', 'skip.txt'), 'never read');
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2001));
    writeFileSync(
      join(dir, 'feed.xml'),
      '<rss><channel><item><description>Item text.</description></item></channel></rss>',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('expands a folder recursively in sorted order, skipping hidden entries', async () => {
    assert.deepEqual((await collect([dir])).map(describeOutcome), [
      `article ${join(dir, 'a.txt')}`,
      `article ${join(dir, 'b-sub', 'z.jsonl')}#1`,
      `rejected ${join(dir, 'b-sub', 'z.jsonl')}: line 2: article is 2500 bytes, over the 2000-byte cap (--max-article-bytes)`,
      `rejected ${join(dir, 'big.txt')}: 2001 bytes, over the 2000-byte per-article cap (--max-article-bytes)`,
      `article ${join(dir, 'c.txt')}`,
      `article ${join(dir, 'feed.xml')}#1`,
    ]);
  });

  it('rejects a missing path and goes on', async () => {
    const outcomes = await collect([join(dir, 'nope.txt'), join(dir, 'a.txt')]);
    assert.deepEqual(outcomes.map(describeOutcome), [
      `rejected ${join(dir, 'nope.txt')}: no such file or folder`,
      `article ${join(dir, 'a.txt')}`,
    ]);
  });

  it('reads standard input for -', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"from'), Buffer.from(' stdin"}')]);
    const [outcome] = await collect(['-'], { stdin });
    assert.equal(outcome?.kind === 'article' && outcome.draft.text, 'from stdin');
    assert.equal(outcome?.kind === 'article' && outcome.draft.source, 'stdin');
  });

  it('rejects standard input over the cap', async () => {
    const [outcome] = await collect(['-'], { stdin: Readable.from(['x'.repeat(1500), 'y'.repeat(1500)]) });
    assert.equal(outcome?.kind === 'rejected' && outcome.error.code, 'too_large');
  });
});

const PAGE = `<!doctype html><html><head><meta property="article:published_time" content="2021-05-04">
<title>Rafales for Egypt</title></head><body><nav>Home</nav><article><p>Egypt has ordered 30 more Rafale jets from France.</p>
<p>Deliveries are due to begin in 2024.</p></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><item><title>One</title><link>https://x.example/1</link>
<description>First item text.</description></item><item><title>Two</title><description>Second item text.</description></item></channel></rss>`;

describe('reading URLs', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      const hops = /^\/hop\/(\d+)$/.exec(path);
      if (hops) {
        const left = Number(hops[1]);
        response.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : '/page' }).end();
      } else if (path === '/page') response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      else if (path === '/feed') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
      else if (path === '/slow') setTimeout(() => response.writeHead(200).end('late'), 1000);
      else if (path === '/declared-big')
        response.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000));
      else if (path === '/streamed-big') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.write('x'.repeat(1500));
        setTimeout(() => response.end('y'.repeat(1500)), 20);
      } else response.writeHead(404).end('missing');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a page: main text, date, and the URL it came from', async () => {
    const [outcome] = await collect([`${base}/page`]);
    assert.equal(outcome?.kind, 'article', outcome?.kind === 'rejected' ? outcome.error.message : '');
    if (outcome?.kind !== 'article') return;
    assert.equal(
      outcome.draft.text,
      'Egypt has ordered 30 more Rafale jets from France.\n\nDeliveries are due to begin in 2024.',
    );
    assert.equal(outcome.draft.date, '2021-05-04');
    assert.equal(outcome.draft.source, `${base}/page`);
  });

  it('reads a feed: one article per item, linked to the item or to the feed', async () => {
    const outcomes = await collect([`${base}/feed`]);
    assert.deepEqual(
      outcomes.map((o) =>
        o.kind === 'article' ? [o.draft.source, o.draft.url, o.draft.text] : o.error.message,
      ),
      [
        [`${base}/feed#1`, 'https://x.example/1', 'First item text.'],
        [`${base}/feed#2`, `${base}/feed`, 'Second item text.'],
      ],
    );
  });

  it('follows redirects up to the limit and records the final URL', async () => {
    const [outcome] = await collect([`${base}/hop/2`], { maxRedirects: 3 });
    assert.equal(outcome?.kind === 'article' && outcome.draft.url, `${base}/page`);
  });

  it('rejects a URL with more redirects than the limit', async () => {
    const [outcome] = await collect([`${base}/hop/3`], { maxRedirects: 3 });
    assert.equal(describeOutcome(outcome!), `rejected ${base}/hop/3: too many redirects (more than 3)`);
  });

  it('rejects a URL that does not answer in time', async () => {
    const [outcome] = await collect([`${base}/slow`], { fetchTimeoutMs: 100 });
    assert.equal(
      describeOutcome(outcome!),
      `rejected ${base}/slow: no complete answer within 100 ms (timed out)`,
    );
  });

  it('rejects a download whose declared size is over the cap', async () => {
    const [outcome] = await collect([`${base}/declared-big`]);
    assert.equal(outcome?.kind === 'rejected' && outcome.error.code, 'too_large');
  });

  it('rejects a download that grows past the cap while streaming', async () => {
    const [outcome] = await collect([`${base}/streamed-big`]);
    assert.equal(outcome?.kind === 'rejected' && outcome.error.code, 'too_large');
  });

  it('rejects an HTTP error status', async () => {
    const [outcome] = await collect([`${base}/gone`]);
    assert.equal(describeOutcome(outcome!), `rejected ${base}/gone: HTTP 404 Not Found`);
  });
});
