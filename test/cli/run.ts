import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The armswatch executable, as `npx armswatch` runs it. */
export const BIN = fileURLToPath(new URL('../../bin/armswatch.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cliEnv(): NodeJS.ProcessEnv {
  const { ARMSWATCH_DB: _db, ARMSWATCH_MAX_ARTICLE_BYTES: _max, ...env } = process.env;
  return env;
}

/** Runs armswatch to completion with the given arguments (and standard input). */
export function runArmswatch(args: readonly string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: cliEnv() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts armswatch as a child process, for tests that kill it. */
export function startArmswatch(args: readonly string[]) {
  return spawn(process.execPath, [BIN, ...args], { stdio: 'ignore', env: cliEnv() });
}
