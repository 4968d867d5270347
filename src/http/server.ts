import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { AppError } from '../errors.ts';
import { createApp } from './app.ts';
import { isLoopback } from './auth.ts';
import type { AppDeps } from './deps.ts';

export interface ListenOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningServer {
  /** The address it listens on, e.g. http://127.0.0.1:8080/. */
  url: string;
  close(): Promise<void>;
}

/**
 * Refuses to serve beyond loopback without a token: review actions and ingest-by-URL would be open to
 * anyone who can reach the address.
 */
export function checkExposure(host: string, token: string | null): void {
  if (token === null && !isLoopback(host)) {
    throw new AppError(
      'config',
      `refusing to listen on ${host} without a token: set ARMSWATCH_TOKEN (review actions and ingest-by-URL ` +
        'need it beyond loopback), or listen on 127.0.0.1',
    );
  }
}

/**
 * Without a token, answers only requests addressed to a loopback name: a web page whose domain an attacker
 * points at 127.0.0.1 (DNS rebinding) would otherwise be same-origin with the API and could review facts.
 */
function loopbackOnly(fetch: (request: Request) => Response | Promise<Response>) {
  return (request: Request) => {
    if (isLoopback(new URL(request.url).hostname)) return fetch(request);
    const message = 'this server answers only at 127.0.0.1, localhost or [::1] unless ARMSWATCH_TOKEN is set';
    return Response.json({ ok: false, error: { code: 'unauthorized', message } }, { status: 401 });
  };
}

/** Starts the app on a host and port; resolves once it listens. */
export async function listen(deps: AppDeps, options: ListenOptions): Promise<RunningServer> {
  checkExposure(options.host, deps.token);
  const app = createApp(deps);
  const server = createAdaptorServer({ fetch: deps.token === null ? loopbackOnly(app.fetch) : app.fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new AppError(
          'config',
          `cannot listen on ${options.host}:${options.port} (${error.code ?? error.message})`,
        ),
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
