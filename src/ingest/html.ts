import { Readability } from '@mozilla/readability';
import { normaliseDate } from './dates.ts';
import { nodeToText, parseDocument } from './markup.ts';
import { article, type Origin, type ReadOutcome, rejected } from './outcome.ts';

/** Meta tags that carry the publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:pubdate',
  'pubdate',
  'publishdate',
  'publish-date',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'date',
];

/** Reads an HTML page: its main text and title through Readability, its date from the usual meta tags. */
export function parseHtml(content: string, origin: Origin): ReadOutcome[] {
  const { source } = origin;
  if (!/<(html|head|body|article|p|div|main|h1)[\s>]/i.test(content)) {
    return [
      rejected(source, null, 'invalid_input', 'malformed HTML: no document structure (html, body or p)'),
    ];
  }
  const document = parseDocument(content);
  // Readability rewrites the document, so the metadata is read first.
  const date = publicationDate(document);
  const metaTitle = metaContent(document, ['og:title', 'twitter:title']);
  const canonical = canonicalUrl(document);
  const readable = new Readability(document, { charThreshold: 0 }).parse();
  const text = readable?.content ? nodeToText(parseDocument(readable.content).body as never) : '';
  if (text === '')
    return [rejected(source, null, 'invalid_input', 'malformed HTML: no readable article text')];
  const title = metaTitle ?? (readable?.title?.trim() || null);
  return [
    article({
      id: null,
      url: origin.url ?? canonical,
      date: date ?? normaliseDate(readable?.publishedTime),
      title,
      text,
      source,
    }),
  ];
}

/** The publication date from meta tags, JSON-LD `datePublished`, or a `<time datetime>` element. */
function publicationDate(document: Document): string | null {
  return (
    normaliseDate(metaContent(document, DATE_META)) ??
    jsonLdDate(document) ??
    normaliseDate(document.querySelector('time[datetime]')?.getAttribute('datetime'))
  );
}

/** The page's own address, for a page saved to a file: its canonical link or og:url. */
function canonicalUrl(document: Document): string | null {
  const link = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const url = link || metaContent(document, ['og:url']);
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function metaContent(document: Document, names: readonly string[]): string | null {
  const metas = Array.from(document.querySelectorAll('meta'));
  for (const name of names) {
    const meta = metas.find((m) =>
      ['property', 'name', 'itemprop'].some((attr) => m.getAttribute(attr)?.toLowerCase() === name),
    );
    const value = meta?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function jsonLdDate(document: Document): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const date = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (date) return date;
    } catch {
      // A broken JSON-LD block is common boilerplate damage; the other sources of the date still apply.
    }
  }
  return null;
}

function findDatePublished(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const date = findDatePublished(item);
      if (date) return date;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return normaliseDate(record.datePublished);
  return findDatePublished(record['@graph'] ?? null);
}
