import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runArmswatch } from './run.ts';

describe('armswatch ingest', () => {
  let dir: string;
  let db: string;
  let good: string;
  let bad: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'armswatch-cli-'));
    db = join(dir, 'test.db');
    good = join(dir, 'good');
    bad = join(dir, 'bad');
    mkdirSync(good);
    mkdirSync(bad);
    writeFileSync(
      join(good, 'one.txt'),
      'date 2023-01-05\nGreece orders frigates\n\nGreece ordered three FDI frigates.',
    );
    writeFileSync(join(good, 'two.jsonl'), '{"id":"j1","text":"Chile bought two used frigates."}\n');
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    writeFileSync(join(bad, 'lines.jsonl'), '{"id":"j2","text":"fine"}\n{"id": broken\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a folder and prints a one-line summary, exit code 0', () => {
    const result = runArmswatch(['--db', db, 'ingest', good]);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^ingested 2, duplicates 0, near-duplicates 0, rejected 0 \(facts \d+\)\n$/);
    assert.equal(result.status, 0);
  });

  it('counts a re-run as duplicates and stores nothing twice', () => {
    const result = runArmswatch(['--db', db, 'ingest', good]);
    assert.match(result.stdout, /^ingested 0, duplicates 2, near-duplicates 0, rejected 0/);
    const listed = JSON.parse(runArmswatch(['--db', db, 'articles', '--format', 'json']).stdout);
    assert.equal(listed.length, 2);
  });

  it('prints one stderr line per bad input and exits 1, storing the good items', () => {
    const result = runArmswatch(['--db', db, 'ingest', bad]);
    assert.equal(result.status, 1);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[0], `${join(bad, 'empty.txt')}: empty file`);
    assert.ok(lines[1]?.startsWith(`${join(bad, 'lines.jsonl')}: line 2: malformed JSON line (`), lines[1]);
    assert.equal(lines[2], `${join(bad, 'photo.png')}: binary file (a PNG image), not text`);
    assert.match(result.stdout, /^ingested 1, duplicates 0, near-duplicates 0, rejected 3/);
  });

  it('prints the summary as JSON with --json', () => {
    const result = runArmswatch(['--db', db, 'ingest', '--json', join(bad, 'empty.txt')]);
    assert.equal(result.status, 1);
    const summary = JSON.parse(result.stdout);
    assert.deepEqual(
      { ...summary, facts: 0 },
      {
        ingested: 0,
        duplicates: 0,
        nearDuplicates: 0,
        facts: 0,
        rejected: [
          { source: join(bad, 'empty.txt'), line: null, message: `${join(bad, 'empty.txt')}: empty file` },
        ],
      },
    );
  });

  it('prints nothing on stdout with --quiet, but still the rejection on stderr', () => {
    const result = runArmswatch(['--db', db, 'ingest', '--quiet', good, join(bad, 'empty.txt')]);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `${join(bad, 'empty.txt')}: empty file\n`);
    assert.equal(result.status, 1);
  });

  it('reads an article from standard input with -', () => {
    const input = JSON.stringify({
      id: 'from-stdin',
      title: 'Piped',
      text: 'Peru received two patrol boats.',
    });
    const result = runArmswatch(['--db', db, 'ingest', '-'], input);
    assert.equal(result.status, 0, result.stderr);
    const shown = JSON.parse(runArmswatch(['--db', db, 'show', 'from-stdin', '--format', 'json']).stdout);
    assert.equal(shown.source, 'stdin');
    assert.equal(shown.text, 'Peru received two patrol boats.');
  });

  it('rejects an article over --max-article-bytes', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Long text. '.repeat(20));
    const result = runArmswatch(['--db', db, 'ingest', '--max-article-bytes', '100', big]);
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      `${big}: 220 bytes, over the 100-byte per-article cap (--max-article-bytes)\n`,
    );
  });

  it('exits 2 on a cap that is not a positive whole number', () => {
    const result = runArmswatch(['--db', db, 'ingest', '--max-article-bytes', 'lots', good]);
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /ARMSWATCH_MAX_ARTICLE_BYTES \(or its flag\) must be a positive whole number/,
    );
  });
});

describe('armswatch start', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'armswatch-start-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests the bundled samples in every format without a rejection, and the sample reference once', () => {
    const db = join(dir, 'start.db');
    const result = runArmswatch(['--db', db, 'start', '--no-serve']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^samples: ingested 16, duplicates 0, near-duplicates 1, rejected 0/);
    assert.match(result.stdout, /sample reference: \d+ deals imported/);
    assert.match(result.stdout, /the database holds 16 articles, \d+ facts and [1-9]\d* register rows/);
    const again = runArmswatch(['--db', db, 'start', '--no-serve']);
    assert.match(again.stdout, /^samples: ingested 0, duplicates 16, near-duplicates 0, rejected 0/);
    assert.doesNotMatch(again.stdout, /sample reference/);
  });
});
