import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BIN } from './run.ts';

/** Waits for the line in which `start` prints where it serves, and returns the URL. */
function servedUrl(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /serving (http:\/\/\S+?\/) /.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`start exited with ${code} before serving:\n${output}`)));
  });
}

describe('armswatch start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'armswatch-start-serve-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the samples, then serves the dashboard and the API at the URL it prints', async () => {
    const { ARMSWATCH_DB: _db, ARMSWATCH_TOKEN: _token, ...env } = process.env;
    const child = spawn(process.execPath, [BIN, '--db', join(dir, 'start.db'), 'start', '--port', '0'], {
      env,
    });
    try {
      const url = await servedUrl(child);
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /armswatch/);
      const articles = (await (await fetch(`${url}api/v1/articles?limit=100`)).json()) as {
        ok: boolean;
        data: { total: number };
      };
      assert.deepEqual(articles, { ...articles, ok: true, data: { ...articles.data, total: 16 } });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
