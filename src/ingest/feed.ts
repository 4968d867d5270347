import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseDate } from './dates.ts';
import { htmlToText } from './markup.ts';
import { article, type Origin, oversized, type ReadOutcome, rejected } from './outcome.ts';

type XmlNode = Record<string, unknown>;

// Item bodies are kept raw: Atom xhtml content would otherwise be split into XML objects.
const RAW_BODIES = ['content:encoded', 'content', 'description', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  stopNodes: RAW_BODIES.map((name) => `*.${name}`),
  isArray: (_name, jpath) =>
    ['rss.channel.item', 'rdf:RDF.item', 'feed.entry', 'feed.entry.link'].includes(String(jpath)),
});

/** One feed entry as armswatch reads it, before it becomes an article. */
interface FeedEntry {
  title: string | null;
  link: string | null;
  date: string | null;
  /** Raw body and whether it is markup (HTML or XHTML) rather than plain text. */
  body: { raw: string; markup: boolean } | null;
}

/** Reads an RSS 2.0 (or RSS 1.0) or Atom feed: each item or entry is one article. */
export function parseFeed(content: string, origin: Origin): ReadOutcome[] {
  const { source } = origin;
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    return [rejected(source, valid.err.line, 'invalid_input', `malformed feed: ${valid.err.msg}`)];
  }
  const document = parser.parse(content) as XmlNode;
  const entries = rssEntries(document) ?? atomEntries(document);
  if (entries === null) {
    return [
      rejected(source, null, 'unsupported_format', 'not an RSS or Atom feed (no rss, rdf:RDF or feed root)'),
    ];
  }
  return entries.map((entry, index) => entryToOutcome(entry, origin, `${source}#${index + 1}`));
}

function entryToOutcome(entry: FeedEntry, origin: Origin, source: string): ReadOutcome {
  const text = entry.body ? bodyText(entry.body) : '';
  if (text === '')
    return rejected(source, null, 'invalid_input', 'feed item has no text (no content or description)');
  const tooLarge = oversized(source, null, text, origin.maxArticleBytes);
  if (tooLarge) return tooLarge;
  return article({
    id: null,
    url: entry.link ?? origin.url,
    date: entry.date,
    title: entry.title,
    text,
    source,
  });
}

function rssEntries(document: XmlNode): FeedEntry[] | null {
  const rss = node(document.rss);
  const rdf = node(document['rdf:RDF']);
  if (!rss && !rdf) return null;
  const items = rss ? node(rss.channel)?.item : rdf?.item;
  return list(items).map((item) => ({
    title: plain(item.title),
    link: plain(item.link) ?? permalink(item.guid),
    date: normaliseDate(plain(item.pubDate) ?? plain(item['dc:date'])),
    body: rawBody(item['content:encoded'], true) ?? rawBody(item.description, true),
  }));
}

function atomEntries(document: XmlNode): FeedEntry[] | null {
  const feed = node(document.feed);
  if (!feed) return null;
  return list(feed.entry).map((entry) => ({
    title: plain(entry.title),
    link: atomLink(entry.link),
    date: normaliseDate(plain(entry.published) ?? plain(entry.updated)),
    body: atomBody(entry.content) ?? atomBody(entry.summary),
  }));
}

function atomLink(links: unknown): string | null {
  const candidates = list(links);
  const alternate = candidates.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
  return plain(alternate?.['@_href']);
}

function atomBody(value: unknown): FeedEntry['body'] {
  const type = node(value)?.['@_type'];
  return rawBody(
    value,
    type === 'html' || type === 'xhtml' || (typeof type === 'string' && type.includes('html')),
  );
}

function rawBody(value: unknown, markup: boolean): FeedEntry['body'] {
  const raw = typeof value === 'string' ? value : node(value)?.['#text'];
  return typeof raw === 'string' && raw.trim() !== '' ? { raw, markup } : null;
}

/** A raw item body as plain text: CDATA sections kept verbatim, entities decoded, markup flattened. */
function bodyText(body: NonNullable<FeedEntry['body']>): string {
  const decoded = body.raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('');
  // An xhtml body is already markup: its tags came through undecoded, only its entities were decoded.
  return body.markup || /<[a-z][\s\S]*>/i.test(decoded) ? htmlToText(decoded) : decoded.trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] ?? '';
  });
}

function permalink(guid: unknown): string | null {
  const value = plain(guid);
  return value && /^https?:\/\//.test(value) ? value : null;
}

/** The text of an element that may carry attributes; tags inside an HTML title are dropped. */
function plain(value: unknown): string | null {
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : node(value)?.['#text'];
  if (typeof text !== 'string') return null;
  // The XML parser decodes the named entities only; numeric ones (&#233;) are decoded here.
  const decoded = decodeEntities(text);
  const trimmed = decoded.includes('<') ? htmlToText(decoded) : decoded.trim();
  return trimmed === '' ? null : trimmed;
}

function node(value: unknown): XmlNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;
}

function list(value: unknown): XmlNode[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .map(node)
    .filter((item): item is XmlNode => item !== null);
}
