import { AppError, type ErrorCode } from '../errors.ts';
import type { ArticleDraft } from '../model/index.ts';

/** What reading one input yields: an article, or a rejection naming the input, the line and the problem. */
export type ReadOutcome =
  | { kind: 'article'; draft: ArticleDraft }
  | { kind: 'rejected'; source: string; line: number | null; error: AppError };

/** Where an input came from, as the parsers need it. */
export interface Origin {
  /** The file path, `stdin`, or the URL given on the command line. */
  source: string;
  /** The URL the content was finally fetched from, or null for local input. */
  url: string | null;
  maxArticleBytes: number;
}

/** A rejection whose message reads `source: line N: problem` (the line part only where there is one). */
export function rejected(source: string, line: number | null, code: ErrorCode, problem: string): ReadOutcome {
  const where = line === null ? source : `${source}: line ${line}`;
  return { kind: 'rejected', source, line, error: new AppError(code, `${where}: ${problem}`) };
}

/** An article outcome. */
export function article(draft: ArticleDraft): ReadOutcome {
  return { kind: 'article', draft };
}

/** The rejection for an article whose text is over the per-article cap, or null when it fits. */
export function oversized(
  source: string,
  line: number | null,
  text: string,
  cap: number,
): ReadOutcome | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= cap) return null;
  return rejected(
    source,
    line,
    'too_large',
    `article is ${bytes} bytes, over the ${cap}-byte cap (--max-article-bytes)`,
  );
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
