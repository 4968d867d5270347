import type { Command } from 'commander';
import { setting } from '../config.ts';
import { AppError } from '../errors.ts';
import { checkExposure, listen } from '../http/server.ts';
import type { Store } from '../store/index.ts';
import type { CommandRegistrar } from './index.ts';
import { withStore } from './options.ts';

/** `armswatch serve [--host H] [--port P]`: the JSON API and the dashboard, until interrupted. */
export const registerServe: CommandRegistrar = (program) => {
  program
    .command('serve')
    .description('serve the dashboard and the JSON API (/api/v1) until interrupted')
    .option('--host <host>', 'address to listen on; beyond loopback ARMSWATCH_TOKEN is required', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '8080')
    .action(async (options: { host: string; port: string }, command: Command) => {
      checkExposure(options.host, setting('token') || null);
      await withStore(command, (store) => serveUntilInterrupted(store, options));
    });
};

/** Serves the dashboard and the API over the store, prints the URL, and returns once interrupted. */
export async function serveUntilInterrupted(
  store: Store,
  options: { host: string; port: string },
): Promise<void> {
  const port = portNumber(options.port);
  const token = setting('token') || null;
  checkExposure(options.host, token);
  await store.optimize();
  const server = await listen({ store, token, now: () => new Date() }, { host: options.host, port });
  process.stdout.write(`armswatch: serving ${server.url} (API at ${server.url}api/v1, Ctrl-C to stop)\n`);
  await interrupted();
  await server.close();
}

function portNumber(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('usage', `--port must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
