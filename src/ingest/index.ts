import { toAppError } from '../errors.ts';
import { decodeText } from './decode.ts';
import { CONTAINER_FORMATS, detectFormat, type Format, formatByName } from './detect.ts';
import { parseFeed } from './feed.ts';
import { download, readCapped } from './fetch.ts';
import { parseHtml } from './html.ts';
import { parseJson } from './json.ts';
import { parseJsonl } from './jsonl.ts';
import { type Origin, type ReadOutcome, rejected } from './outcome.ts';
import { expandInputs, fileSize, isUrl, readLocal, STDIN } from './sources.ts';
import { parseText } from './text.ts';

export { articleIdentity } from './identity.ts';
export type { ReadOutcome } from './outcome.ts';
export { expandInputs } from './sources.ts';

/** Limits and seams for reading inputs. */
export interface ReadOptions {
  /** Largest article accepted, in bytes: a text or HTML file, a feed item, a JSON article, a download or stdin. */
  maxArticleBytes: number;
  stdin?: NodeJS.ReadableStream;
  fetchImpl?: typeof fetch;
  fetchTimeoutMs?: number;
  maxRedirects?: number;
}

/** How long a URL may take to answer in full, unless ReadOptions says otherwise. */
const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
/** How many redirects a URL may take, unless ReadOptions says otherwise. */
const DEFAULT_MAX_REDIRECTS = 5;

const PARSERS: Record<Format, (content: string, origin: Origin) => ReadOutcome[]> = {
  text: parseText,
  json: parseJson,
  jsonl: parseJsonl,
  html: parseHtml,
  feed: parseFeed,
};

/** Expands folders (recursive, sorted), '-' (stdin) and http(s) URLs; yields every article or rejection in input order. */
export async function* readArticles(
  inputs: readonly string[],
  options: ReadOptions,
): AsyncGenerator<ReadOutcome> {
  for (const input of await expandInputs(inputs)) {
    try {
      yield* await readInput(input, options);
    } catch (error) {
      // A parser bug must not end the batch: the input is rejected with what went wrong.
      yield rejected(sourceName(input), null, 'internal', `cannot be read (${toAppError(error).message})`);
    }
  }
}

function sourceName(input: string): string {
  return input === STDIN ? 'stdin' : input;
}

async function readInput(input: string, options: ReadOptions): Promise<ReadOutcome[]> {
  if (input === STDIN) return readStdin(options);
  if (isUrl(input)) return readUrl(input, options);
  return readFileInput(input, options);
}

async function readFileInput(path: string, options: ReadOptions): Promise<ReadOutcome[]> {
  const size = await fileSize(path);
  if ('problem' in size) return [rejected(path, null, 'invalid_input', size.problem)];
  const named = formatByName(path);
  const capped = named === null || !CONTAINER_FORMATS.has(named);
  if (capped && size.size > options.maxArticleBytes) {
    return [rejected(path, null, 'too_large', overCap(size.size, options.maxArticleBytes))];
  }
  const read = await readLocal(path);
  if ('problem' in read) return [rejected(path, null, 'invalid_input', read.problem)];
  return parseBytes(read.bytes, { source: path, url: null, maxArticleBytes: options.maxArticleBytes }, null);
}

async function readStdin(options: ReadOptions): Promise<ReadOutcome[]> {
  const stream = options.stdin ?? process.stdin;
  try {
    const bytes = await readCapped(stream as AsyncIterable<Uint8Array>, options.maxArticleBytes);
    return parseBytes(bytes, { source: 'stdin', url: null, maxArticleBytes: options.maxArticleBytes }, null);
  } catch (error) {
    const appError = toAppError(error);
    return [rejected('stdin', null, appError.code, appError.message)];
  }
}

async function readUrl(url: string, options: ReadOptions): Promise<ReadOutcome[]> {
  try {
    const fetched = await download(url, {
      fetchImpl: options.fetchImpl ?? fetch,
      timeoutMs: options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      maxBytes: options.maxArticleBytes,
    });
    const origin = { source: url, url: fetched.finalUrl, maxArticleBytes: options.maxArticleBytes };
    return parseBytes(fetched.bytes, origin, fetched.contentType);
  } catch (error) {
    const appError = toAppError(error);
    return [rejected(url, null, appError.code, appError.message)];
  }
}

function parseBytes(bytes: Uint8Array, origin: Origin, contentType: string | null): ReadOutcome[] {
  const decoded = decodeText(bytes, origin.source);
  if (!('text' in decoded)) return [decoded];
  // A URL's path says little about its format (`/feed`, `/news/123`): its content type and content decide.
  const name = origin.url === null ? origin.source : '';
  return PARSERS[detectFormat(name, decoded.text, contentType)](decoded.text, origin);
}

function overCap(size: number, cap: number): string {
  return `${size} bytes, over the ${cap}-byte per-article cap (--max-article-bytes)`;
}
