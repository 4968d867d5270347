import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed } from './feed.ts';
import type { ReadOutcome } from './outcome.ts';

const origin = { source: 'feeds/defence.xml', url: null, maxArticleBytes: 10_000 };

function drafts(outcomes: ReadOutcome[]) {
  return outcomes.map((o) => (o.kind === 'article' ? o.draft : o.error.message));
}

describe('RSS 2.0 feeds', () => {
  const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Defence</title>
<item><title>Frigates for Greece</title><link>https://n.example/1</link>
<pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
<description>&lt;p&gt;Greece ordered three FDI frigates &amp;amp; an option.&lt;/p&gt;</description></item>
<item><title>Caf&#233; talk</title><guid>https://n.example/2</guid>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>First paragraph.</p><p>Second <a href="#">paragraph</a>.</p>]]></content:encoded></item>
<item><title>Empty</title></item>
</channel></rss>`;

  it('reads each item: title, link, date as written, and description as plain text', () => {
    assert.deepEqual(drafts(parseFeed(rss, origin))[0], {
      id: null,
      url: 'https://n.example/1',
      date: '2024-03-05',
      title: 'Frigates for Greece',
      text: 'Greece ordered three FDI frigates & an option.',
      source: 'feeds/defence.xml#1',
    });
  });

  it('prefers content:encoded over the description and takes a permalink guid as the link', () => {
    const second = drafts(parseFeed(rss, origin))[1];
    assert.equal(typeof second === 'object' && second.text, 'First paragraph.\n\nSecond paragraph.');
    assert.equal(typeof second === 'object' && second.url, 'https://n.example/2');
    assert.equal(typeof second === 'object' && second.title, 'Café talk');
  });

  it('rejects an item without text and keeps the others', () => {
    assert.equal(
      drafts(parseFeed(rss, origin))[2],
      'feeds/defence.xml#3: feed item has no text (no content or description)',
    );
  });
});

describe('Atom feeds', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title type="html">Tanks &amp;amp; guns</title>
<link rel="self" href="https://w.example/self"/><link rel="alternate" href="https://w.example/a"/>
<published>2022-08-27T09:00:00+09:00</published><updated>2022-08-28T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Poland signed for K2 tanks &amp; K9 guns.</p><p>Deliveries start this year.</p></div></content>
</entry>
<entry><title>Summary only</title><updated>2022-09</updated><summary>Plain summary text.</summary></entry>
</feed>`;

  it('reads xhtml content, the alternate link and the published date', () => {
    assert.deepEqual(drafts(parseFeed(atom, origin))[0], {
      id: null,
      url: 'https://w.example/a',
      date: '2022-08-27',
      title: 'Tanks & guns',
      text: 'Poland signed for K2 tanks & K9 guns.\n\nDeliveries start this year.',
      source: 'feeds/defence.xml#1',
    });
  });

  it('falls back to the summary and the updated date', () => {
    const second = drafts(parseFeed(atom, origin))[1];
    assert.equal(typeof second === 'object' && second.text, 'Plain summary text.');
    assert.equal(typeof second === 'object' && second.date, '2022-09');
  });
});

describe('bad feeds', () => {
  it('rejects malformed XML with its line', () => {
    const [outcome] = parseFeed('<rss><channel>\n<item><title>x</title>\n</channel></rss>', origin);
    assert.equal(outcome?.kind === 'rejected' && outcome.line, 3);
    assert.match(
      outcome?.kind === 'rejected' ? outcome.error.message : '',
      /^feeds\/defence\.xml: line 3: malformed feed/,
    );
  });

  it('rejects well-formed XML that is not a feed', () => {
    const [outcome] = parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', origin);
    assert.match(outcome?.kind === 'rejected' ? outcome.error.message : '', /not an RSS or Atom feed/);
  });

  it('rejects an item over the per-article cap', () => {
    const big = `<rss><channel><item><description>${'word '.repeat(3000)}</description></item></channel></rss>`;
    const [outcome] = parseFeed(big, origin);
    assert.equal(outcome?.kind === 'rejected' && outcome.error.code, 'too_large');
  });
});
