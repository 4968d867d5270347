import { validDate } from './dates.ts';
import { article, type Origin, type ReadOutcome, rejected } from './outcome.ts';

/** `date 2024-03-05` or `date 2024-03` (a colon is tolerated), as scrapers put on the first line. */
const DATE_LINE = /^date:?\s+(\d{4})-(\d{2})(?:-(\d{2}))?$/i;
/** A headline is one short line; longer first lines are the lead paragraph. */
const TITLE_MAX_CHARS = 150;
const TITLE_MAX_WORDS = 25;

/**
 * Reads a plain-text article: an optional first line `date YYYY-MM-DD` (or `YYYY-MM`), then the text.
 * The text is kept whole, headline included, so evidence offsets point into what the file says.
 * The title is the first line when it reads as a headline (see looksLikeHeadline), else null.
 */
export function parseText(content: string, origin: Origin): ReadOutcome[] {
  const { source } = origin;
  const lines = content.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const dateMatch = DATE_LINE.exec(lines[first]?.trim() ?? '');
  let date: string | null = null;
  let body = content;
  if (dateMatch) {
    const [, year, month, day] = dateMatch;
    date = validDate(Number(year), Number(month), day === undefined ? null : Number(day));
    if (date === null) {
      return [rejected(source, first + 1, 'invalid_input', `"${lines[first]?.trim()}" is not a real date`)];
    }
    body = lines.slice(first + 1).join('\n');
  }
  const text = body.trim();
  if (text === '') return [rejected(source, null, 'invalid_input', 'no text after the date line')];
  return [article({ id: null, url: origin.url, date, title: headline(text), text, source })];
}

function headline(text: string): string | null {
  const [firstLine, ...rest] = text.split('\n');
  const candidate = firstLine?.trim() ?? '';
  const followedByText = rest.some((line) => line.trim() !== '');
  return followedByText && looksLikeHeadline(candidate) ? candidate : null;
}

/** Short, a single line, and not ending like a sentence: headlines rarely end with a full stop. */
function looksLikeHeadline(line: string): boolean {
  if (line.length === 0 || line.length > TITLE_MAX_CHARS) return false;
  if (line.split(/\s+/).length > TITLE_MAX_WORDS) return false;
  return !/[.,;:]$/.test(line);
}
