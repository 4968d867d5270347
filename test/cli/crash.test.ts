import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { extractFacts } from '../../src/extract/index.ts';
import { openStore } from '../../src/store/index.ts';
import { runArmswatch, startArmswatch } from './run.ts';

const ARTICLES = 2000;
const COUNTRIES = [
  'France',
  'India',
  'Egypt',
  'Poland',
  'Greece',
  'Brazil',
  'Norway',
  'Turkey',
  'Japan',
  'Chile',
];
const SYSTEMS = [
  'Rafale fighters',
  'K9 howitzers',
  'FDI frigates',
  'Leopard 2 tanks',
  'Patriot systems',
  'C295 aircraft',
];
const WORDS = (
  'army navy budget minister parliament contract delivery port border training brigade plant export talks ' +
  'officials said weeks later earlier statement agency company engineers spare parts maintenance pilots crews ' +
  'exercise coast harbour airfield convoy tender offer funding loan schedule delays upgrade radar'
).split(' ');

/** A small article of its own: a transfer sentence and filler words drawn by a generator seeded with the index. */
function generated(index: number): string {
  let state = index + 1;
  const next = (length: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % length;
  };
  const pick = <T>(list: readonly T[]): T => list[next(list.length)] as T;
  const filler = Array.from({ length: 20 }, () => pick(WORDS)).join(' ');
  const year = 2000 + (index % 24);
  const date = `${year}-0${1 + (index % 9)}-1${index % 10}`;
  const sentence = `${pick(COUNTRIES)} ordered ${1 + (index % 97)} ${pick(SYSTEMS)} from ${pick(COUNTRIES)} in ${year}.`;
  return `date ${date}\nReport number ${index}\n\n${sentence} Serial ${index}: ${filler}.`;
}

function storedCount(db: string): number {
  try {
    const sqlite = new SQLite(db, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Checks every stored article is whole: its facts are exactly what the extractor returns for it. */
async function assertWhole(db: string): Promise<{ articles: number; sources: Set<string> }> {
  const store = await openStore(db);
  try {
    const rows = await store.articles.list({ limit: ARTICLES * 2 });
    const sources = new Set<string>();
    for (const row of rows) {
      const article = (await store.articles.get(row.id))!;
      sources.add(article.source);
      const stored = await store.facts.listForArticle(article.id);
      const expected = extractFacts({
        id: article.id,
        date: article.date,
        title: article.title,
        text: article.text,
      });
      assert.deepEqual(
        stored.map((s) => s.fact),
        expected,
        `facts of ${article.source}`,
      );
    }
    return { articles: rows.length, sources };
  } finally {
    await store.close();
  }
}

describe('crash safety', () => {
  let dir: string;
  let corpus: string;
  let db: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'armswatch-crash-'));
    corpus = join(dir, 'corpus');
    db = join(dir, 'crash.db');
    mkdirSync(corpus);
    for (let i = 0; i < ARTICLES; i++)
      writeFileSync(join(corpus, `a${String(i).padStart(4, '0')}.txt`), generated(i));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves only whole articles when killed mid-run, and a rerun stores the rest exactly once', async () => {
    const child = startArmswatch(['--db', db, 'ingest', '--quiet', corpus]);
    const exited = once(child, 'exit');
    let atKill = 0;
    while (child.exitCode === null) {
      atKill = storedCount(db);
      if (atKill >= 100) break;
      await sleep(10);
    }
    child.kill('SIGKILL');
    const [, signal] = await exited;
    assert.equal(signal, 'SIGKILL', 'the ingest was killed, not finished');
    const killed = await assertWhole(db);
    assert.ok(
      killed.articles >= atKill && killed.articles < ARTICLES,
      `${killed.articles} stored when killed`,
    );

    const rerun = runArmswatch(['--db', db, 'ingest', '--json', corpus]);
    assert.equal(rerun.status, 0, rerun.stderr);
    const summary = JSON.parse(rerun.stdout);
    assert.equal(summary.duplicates, killed.articles);
    assert.equal(summary.ingested, ARTICLES - killed.articles);
    const complete = await assertWhole(db);
    assert.equal(complete.articles, ARTICLES);
    assert.equal(complete.sources.size, ARTICLES);
  });
});
