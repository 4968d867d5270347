import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The token that names standard input among the inputs. */
export const STDIN = '-';

/** True for an http(s) URL input. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Expands folders into the files under them (recursive, sorted by path, hidden entries skipped);
 * URLs, `-` and paths that are not folders (including missing ones, rejected when read) stay as they are.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of inputs) {
    if (input !== STDIN && !isUrl(input) && (await isFolder(input)))
      expanded.push(...(await filesUnder(input)));
    else expanded.push(input);
  }
  return expanded;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (await isFolder(path)) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
}

/** The size of a local file, or a message saying why it cannot be read. */
export async function fileSize(path: string): Promise<{ size: number } | { problem: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { problem: 'not a regular file' };
    return { size: info.size };
  } catch (error) {
    return { problem: fileProblem(error) };
  }
}

/** Reads a local file, or says why it cannot be read. */
export async function readLocal(path: string): Promise<{ bytes: Uint8Array } | { problem: string }> {
  try {
    return { bytes: await readFile(path) };
  } catch (error) {
    return { problem: fileProblem(error) };
  }
}

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read (${(error as Error).message})`;
}
