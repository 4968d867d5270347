import { AppError } from '../errors.ts';

/** How a URL is fetched: every limit is enforced, so a slow or huge server cannot stall or swamp a batch. */
export interface FetchLimits {
  fetchImpl: typeof fetch;
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
}

/** The body of a fetched URL, with what the server said it is and where it finally came from. */
export interface Download {
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Fetches an http(s) URL within the limits; failures are AppErrors whose message names the problem. */
export async function download(url: string, limits: FetchLimits): Promise<Download> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    return await follow(url, limits, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      throw new AppError('network', `no complete answer within ${limits.timeoutMs} ms (timed out)`);
    }
    if (error instanceof AppError) throw error;
    throw new AppError('network', `cannot fetch (${describe(error)})`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

async function follow(url: string, limits: FetchLimits, signal: AbortSignal): Promise<Download> {
  let current = checkedUrl(url);
  for (let redirects = 0; ; redirects++) {
    const response = await limits.fetchImpl(current, {
      redirect: 'manual',
      signal,
      headers: {
        'user-agent': 'armswatch',
        accept: 'text/html, application/xml, application/json, text/*;q=0.8',
      },
    });
    if (!REDIRECTS.has(response.status)) return readBody(response, current, limits.maxBytes);
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location)
      throw new AppError('network', `HTTP ${response.status} redirect without a Location header`);
    if (redirects >= limits.maxRedirects) {
      throw new AppError('network', `too many redirects (more than ${limits.maxRedirects})`);
    }
    current = checkedUrl(new URL(location, current).href);
  }
}

function checkedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AppError('invalid_input', `only http and https URLs are fetched, not ${parsed.protocol}`);
  }
  return parsed.href;
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Download> {
  if (!response.ok) {
    await response.body?.cancel();
    throw new AppError('network', `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(maxBytes, `${declared} bytes`);
  }
  const bytes = response.body ? await readCapped(response.body, maxBytes) : new Uint8Array();
  return { bytes, contentType: response.headers.get('content-type'), finalUrl: url };
}

/** Reads a stream to its end, failing as soon as it passes maxBytes. */
export async function readCapped(
  stream: AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(maxBytes, 'more');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number, size: string): AppError {
  return new AppError('too_large', `larger than the ${maxBytes}-byte cap (${size}; see --max-article-bytes)`);
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
