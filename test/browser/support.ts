import { existsSync } from 'node:fs';
import { type Browser, chromium, type Locator } from 'playwright-core';
import type { AppDeps } from '../../src/http/deps.ts';
import { listen, type RunningServer } from '../../src/http/server.ts';
import { freshStore, type TestStore } from '../support/stores.ts';
import { fillStore } from './fixture.ts';

/** Debian's Chromium, as CI installs it with apt. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or null when they can. Without Chromium they are skipped with
 * this message, except in CI (CI set), where its absence must fail the run.
 */
export function skipReason(): string | null {
  if (existsSync(CHROMIUM) || process.env.CI) return null;
  return `${CHROMIUM} is not installed (apt-get install chromium); browser tests skipped`;
}

/** Starts headless Chromium with the flags CI uses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** The app on 127.0.0.1 at a random port, over a fresh SQLite store filled with the fixture articles. */
export interface RunningApp {
  url: string;
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * Serves the whole app (API and dashboard) over a fixture store; `hostile` adds the injection articles and
 * `reference` a small SIPRI reference.
 */
export async function startApp(
  options: { hostile?: boolean; reference?: boolean } = {},
): Promise<RunningApp> {
  const test: TestStore = await freshStore('sqlite');
  await fillStore(test.store, options);
  const deps: AppDeps = { store: test.store, token: null, now: () => new Date('2024-05-01T12:00:00Z') };
  const server: RunningServer = await listen(deps, { host: '127.0.0.1', port: 0 });
  return {
    url: server.url.replace(/\/$/, ''),
    deps,
    async close() {
      await server.close();
      await test.dispose();
    },
  };
}

/** The text of the first element a locator finds ('' when it has none). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}
