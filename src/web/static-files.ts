import { readFile } from 'node:fs/promises';
import type { Context } from 'hono';

const STATIC_DIR = new URL('./static/', import.meta.url);
const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};
// Only plain file names reach the disk: no slashes, no dots but the extension's.
const SAFE_NAME = /^[a-z0-9-]+\.(css|js)$/;

/** Serves a file of src/web/static by its bare name, or 404. */
export async function serveStatic(c: Context): Promise<Response> {
  const name = c.req.param('name') ?? '';
  const match = SAFE_NAME.exec(name);
  if (!match) return c.text('not found', 404);
  try {
    const body = await readFile(new URL(name, STATIC_DIR));
    return c.body(body, 200, {
      'content-type': TYPES[match[1]!]!,
      'cache-control': 'no-cache',
    });
  } catch {
    return c.text('not found', 404);
  }
}
