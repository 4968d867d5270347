import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runArmswatch } from '../cli/run.ts';
import { ARTICLES, fixtureArticles } from './golden.ts';

describe('armswatch extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'armswatch-extract-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one {"id","facts"} line per article, in input order, with the fields of the spec in order', () => {
    const result = runArmswatch(['extract', '--format', 'jsonl', ARTICLES]);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => line.id),
      fixtureArticles().map((article) => article.id),
    );
    const transfer = lines.flatMap((line) => line.facts).find((fact) => fact.type === 'transfer');
    assert.deepEqual(Object.keys(transfer), [
      'type',
      'supplier',
      'recipient',
      'system',
      'category',
      'quantity',
      'status',
      'year',
      'evidence',
    ]);
  });

  it('gives a plain-text article an id derived from its content', () => {
    const path = join(dir, 'note.txt');
    writeFileSync(path, 'Qatar bought six TB2s from Turkey in 2018.\n');
    const first = runArmswatch(['extract', path]);
    const second = runArmswatch(['extract', path]);
    assert.equal(first.status, 0, first.stderr);
    const line = JSON.parse(first.stdout);
    assert.match(line.id, /^[0-9a-f]{16}$/);
    assert.equal(first.stdout, second.stdout);
    assert.equal(line.facts[0].system, 'TB2');
  });

  it('reports a rejected input on one stderr line, goes on, and exits 1', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"id": "x", ');
    const result = runArmswatch(['extract', broken, join(ARTICLES, 'f02-order-delivery.json')]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /broken\.json/);
    assert.equal(JSON.parse(result.stdout).id, 'f02-order-delivery');
  });

  it('shows each fact beside its evidence sentence in the pretty format', () => {
    const result = runArmswatch(['extract', '--format', 'pretty', join(ARTICLES, 'f02-order-delivery.json')]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /transfer FRA > IND {2}Rafale \(aircraft\) {2}quantity 36 {2}ordered 2016/);
    assert.match(result.stdout, /\| India ordered 36 Rafale fighter jets from France in 2016/);
  });

  it('refuses an unknown format with a usage error', () => {
    const result = runArmswatch(['extract', '--format', 'xml', ARTICLES]);
    assert.equal(result.status, 2);
  });
});
