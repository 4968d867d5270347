import type { HtmlEscapedString } from 'hono/utils/html';

/** What a page fragment renders to: hono/html's escaped string (every interpolated string escaped). */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The URL itself when it is http(s), else null: `javascript:` and other schemes never become links. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** A query string from the non-empty values, for links that keep the current filters. */
export function queryString(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Formats a whole number with thousands separators, or an en dash for null. */
export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toLocaleString('en-GB');
}
