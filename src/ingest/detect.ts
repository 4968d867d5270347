import { extname } from 'node:path';

/** The input formats armswatch reads. */
export type Format = 'text' | 'json' | 'jsonl' | 'html' | 'feed';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Formats whose files hold many articles: the per-article cap applies to each item, not the file. */
export const CONTAINER_FORMATS: ReadonlySet<Format> = new Set(['json', 'jsonl', 'feed']);

/** The format a file name promises, or null when only the content can tell (`.xml`, no or other extension). */
export function formatByName(name: string): Format | null {
  return BY_EXTENSION[extname(name).toLowerCase()] ?? null;
}

/**
 * Decides the format of an input: by its file extension, else its HTTP content type, else its content.
 * A `.xml` file, standard input and most downloads are sniffed.
 */
export function detectFormat(name: string, content: string, contentType: string | null = null): Format {
  const byName = formatByName(name);
  if (byName) return byName;
  // A .xml file is a feed unless it is plainly an HTML page, so other XML is told it is no feed.
  if (extname(name).toLowerCase() === '.xml')
    return /<html[\s>]/i.test(content.slice(0, 4096)) ? 'html' : 'feed';
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json') return 'json';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  if (type === 'text/plain') return 'text';
  return sniffFormat(content);
}

/** Tells the format from the first characters of the content. */
function sniffFormat(content: string): Format {
  const head = content.trimStart();
  if (head.startsWith('<')) return isFeedRoot(head) ? 'feed' : 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return looksLikeJsonLines(head) ? 'jsonl' : 'json';
  return 'text';
}

function isFeedRoot(head: string): boolean {
  // Skip the XML declaration, comments and processing instructions before the root element.
  const root = head
    .slice(0, 4096)
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(root);
}

function looksLikeJsonLines(head: string): boolean {
  const lines = head.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0] ?? '');
    return true;
  } catch {
    return false;
  }
}
