import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHtml } from './html.ts';

const origin = { source: 'pages/k9.html', url: 'https://news.example/k9', maxArticleBytes: 100_000 };

function page(head: string, body = ''): string {
  return `<!doctype html><html><head><title>K9 howitzers for Estonia | Example News</title>${head}</head>
  <body><nav><a href="/">Home</a><a href="/world">World</a><a href="/defence">Defence</a></nav>
  <article><h1>K9 howitzers for Estonia</h1>${body}
  <p>Estonia has taken delivery of six more K9 self-propelled howitzers from South Korea, the defence ministry in Tallinn said.</p>
  <p>The guns join the eighteen already in service &amp; will equip a second artillery battalion by the end of the year.</p>
  </article><footer>Copyright Example News. Subscribe to our newsletter.</footer></body></html>`;
}

function read(html: string) {
  const [outcome] = parseHtml(html, origin);
  assert.equal(outcome?.kind, 'article', outcome?.kind === 'rejected' ? outcome.error.message : '');
  return outcome?.kind === 'article' ? outcome.draft : null;
}

describe('HTML pages', () => {
  it('keeps the article paragraphs and drops navigation and footer', () => {
    const draft = read(page('<meta property="og:title" content="K9 howitzers for Estonia">'));
    assert.equal(draft?.title, 'K9 howitzers for Estonia');
    assert.match(draft?.text ?? '', /^Estonia has taken delivery of six more K9/m);
    assert.match(draft?.text ?? '', /in service & will equip/);
    assert.doesNotMatch(draft?.text ?? '', /Subscribe|Home/);
    assert.equal(draft?.url, 'https://news.example/k9');
  });

  it('takes the canonical link as the URL of a page saved to a file', () => {
    const [outcome] = parseHtml(page('<link rel="canonical" href="https://news.example/canonical">'), {
      ...origin,
      url: null,
    });
    assert.equal(outcome?.kind === 'article' && outcome.draft.url, 'https://news.example/canonical');
  });

  it('reads the date from article:published_time', () => {
    const draft = read(page('<meta property="article:published_time" content="2023-06-14T08:00:00+03:00">'));
    assert.equal(draft?.date, '2023-06-14');
  });

  it('reads the date from a pubdate meta tag', () => {
    assert.equal(read(page('<meta name="pubdate" content="2023-06-15">'))?.date, '2023-06-15');
  });

  it('reads the date from datePublished in JSON-LD', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'NewsArticle', datePublished: '2023-06-16' }],
    };
    const draft = read(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    assert.equal(draft?.date, '2023-06-16');
  });

  it('reads the date from a time element', () => {
    assert.equal(read(page('', '<time datetime="2023-06-17T10:00">17 June</time>'))?.date, '2023-06-17');
  });

  it('has a null date when the page gives none', () => {
    assert.equal(read(page(''))?.date, null);
  });

  it('rejects text that is not an HTML document', () => {
    const [outcome] = parseHtml('just words, no markup at all', origin);
    assert.match(
      outcome?.kind === 'rejected' ? outcome.error.message : '',
      /^pages\/k9\.html: malformed HTML/,
    );
  });

  it('rejects a page without readable text', () => {
    const [outcome] = parseHtml(
      '<html><head><title>App</title></head><body><script>start()</script></body></html>',
      origin,
    );
    assert.match(outcome?.kind === 'rejected' ? outcome.error.message : '', /no readable article text/);
  });
});
