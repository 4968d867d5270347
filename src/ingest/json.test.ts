import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJson } from './json.ts';
import { parseJsonl } from './jsonl.ts';
import type { ReadOutcome } from './outcome.ts';

const origin = { source: 'in/a.json', url: null, maxArticleBytes: 200 };

function messages(outcomes: ReadOutcome[]): string[] {
  return outcomes.map((o) =>
    o.kind === 'rejected' ? o.error.message : `article ${o.draft.id} ${o.draft.source}`,
  );
}

describe('JSON articles', () => {
  it('reads one article field by field and keeps its id', () => {
    const content = JSON.stringify({
      id: 'a001',
      url: 'https://example.org/a',
      date: '2020-07-09',
      title: 'Title',
      text: 'Body text.',
    });
    assert.deepEqual(parseJson(content, origin), [
      {
        kind: 'article',
        draft: {
          id: 'a001',
          url: 'https://example.org/a',
          date: '2020-07-09',
          title: 'Title',
          text: 'Body text.',
          source: 'in/a.json',
        },
      },
    ]);
  });

  it('reads an array, naming each item file#n, and rejects only the bad items', () => {
    const content = JSON.stringify([
      { id: 'x', text: 'one' },
      { id: 'y' },
      { text: 'three', date: 'soon' },
      7,
    ]);
    assert.deepEqual(messages(parseJson(content, origin)), [
      'article x in/a.json#1',
      'in/a.json#2: missing text field',
      'in/a.json#3: the date "soon" is not a date (expected YYYY-MM-DD or YYYY-MM)',
      'in/a.json#4: expected an article object {id, url, date, title, text}',
    ]);
  });

  it('rejects malformed JSON naming the file', () => {
    const [outcome] = parseJson('{"id": "a",\n "text": }', origin);
    assert.equal(outcome?.kind, 'rejected');
    assert.match(messages([outcome!])[0] ?? '', /^in\/a\.json: (line 2: )?malformed JSON/);
  });

  it('rejects an article whose text is over the cap', () => {
    const [outcome] = parseJson(JSON.stringify({ text: 'x'.repeat(201) }), origin);
    assert.equal(outcome?.kind === 'rejected' && outcome.error.code, 'too_large');
  });

  it('normalises a full timestamp to its calendar day', () => {
    const [outcome] = parseJson(JSON.stringify({ text: 't', date: '2021-05-04T23:10:00-05:00' }), origin);
    assert.equal(outcome?.kind === 'article' && outcome.draft.date, '2021-05-04');
  });
});

describe('JSONL articles', () => {
  it('reads one article per line, skips blank lines and rejects a bad line with its number', () => {
    const content = [
      '{"id":"j1","text":"one"}',
      '',
      'not json',
      '{"id":"j4","title":"no text"}',
      '{"text":"five"}',
    ].join('\n');
    assert.deepEqual(messages(parseJsonl(content, { ...origin, source: 'in/b.jsonl' })), [
      'article j1 in/b.jsonl#1',
      `in/b.jsonl: line 3: malformed JSON line (${jsonError('not json')})`,
      'in/b.jsonl: line 4: missing text field',
      'article null in/b.jsonl#5',
    ]);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return (error as Error).message.replace(/\s*\(line \d+ column \d+\)|\s+in JSON at position \d+.*$/, '');
  }
}
