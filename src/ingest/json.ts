import type { ArticleDraft } from '../model/index.ts';
import { normaliseDate } from './dates.ts';
import { article, lineAt, type Origin, oversized, type ReadOutcome, rejected } from './outcome.ts';

/** Reads a `.json` file: one article `{id, url, date, title, text}` or an array of them. */
export function parseJson(content: string, origin: Origin): ReadOutcome[] {
  const parsed = parseOrProblem(content);
  if ('problem' in parsed) return [rejected(origin.source, parsed.line, 'invalid_input', parsed.problem)];
  const { value } = parsed;
  if (Array.isArray(value)) {
    if (value.length === 0)
      return [rejected(origin.source, null, 'invalid_input', 'empty JSON array: no articles')];
    return value.map((item, index) => {
      const source = `${origin.source}#${index + 1}`;
      return articleFromJson(item, { ...origin, source }, { source, line: null });
    });
  }
  return [articleFromJson(value, origin, { source: origin.source, line: null })];
}

/** Parses JSON, or says where and why it is malformed. */
export function parseOrProblem(
  content: string,
): { value: unknown } | { problem: string; line: number | null } {
  try {
    return { value: JSON.parse(content) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = /\(line (\d+) column \d+\)/.exec(message);
    return {
      problem: `malformed JSON (${message.replace(/\s*\(line \d+ column \d+\)|\s+in JSON at position \d+.*$/, '')})`,
      line: line ? Number(line[1]) : position ? lineAt(content, Number(position[1])) : null,
    };
  }
}

/**
 * Turns one parsed JSON value into an article whose source is `origin.source`, or a rejection
 * naming `at` (the file and line of a JSONL record, or the `file#n` item of an array).
 */
export function articleFromJson(
  value: unknown,
  origin: Origin,
  at: { source: string; line: number | null },
): ReadOutcome {
  const { source, line } = at;
  const fail = (problem: string) => rejected(source, line, 'invalid_input', problem);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected an article object {id, url, date, title, text}');
  }
  const record = value as Record<string, unknown>;
  if (record.text === undefined || record.text === null) return fail('missing text field');
  if (typeof record.text !== 'string') return fail('the text field must be a string');
  const text = record.text.replace(/\r\n?/g, '\n').trim();
  if (text === '') return fail('the text field is empty');
  const tooLarge = oversized(source, line, text, origin.maxArticleBytes);
  if (tooLarge) return tooLarge;
  const fields = optionalFields(record);
  if ('problem' in fields) return fail(fields.problem);
  return article({ ...fields.draft, text, source: origin.source });
}

function optionalFields(
  record: Record<string, unknown>,
): { draft: Omit<ArticleDraft, 'text' | 'source'> } | { problem: string } {
  const id = record.id === undefined || record.id === null ? null : record.id;
  if (id !== null && !(typeof id === 'string' && id.trim() !== '') && typeof id !== 'number') {
    return { problem: 'the id field must be a non-empty string' };
  }
  for (const field of ['url', 'title', 'date'] as const) {
    const fieldValue = record[field];
    if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== 'string') {
      return { problem: `the ${field} field must be a string or null` };
    }
  }
  const rawDate = (record.date as string | null | undefined) ?? null;
  const date = normaliseDate(rawDate);
  if (rawDate !== null && rawDate.trim() !== '' && date === null) {
    return { problem: `the date "${rawDate}" is not a date (expected YYYY-MM-DD or YYYY-MM)` };
  }
  const title = ((record.title as string | null | undefined) ?? '').trim();
  const url = ((record.url as string | null | undefined) ?? '').trim();
  return {
    draft: { id: id === null ? null : String(id).trim(), url: url || null, date, title: title || null },
  };
}
