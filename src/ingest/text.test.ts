import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseText } from './text.ts';

const origin = { source: 'news/k2.txt', url: null, maxArticleBytes: 1000 };

describe('plain-text articles', () => {
  it('reads the date line, even after leading whitespace, and keeps the headline in the text', () => {
    const [outcome] = parseText(
      '\n  date 2024-03-05\nPoland takes 24 more K2 tanks\n\nThe tanks arrived.',
      origin,
    );
    assert.deepEqual(outcome, {
      kind: 'article',
      draft: {
        id: null,
        url: null,
        date: '2024-03-05',
        title: 'Poland takes 24 more K2 tanks',
        text: 'Poland takes 24 more K2 tanks\n\nThe tanks arrived.',
        source: 'news/k2.txt',
      },
    });
  });

  it('accepts a month-only date line', () => {
    const [outcome] = parseText('date 2023-11\nSome text here.', origin);
    assert.equal(outcome?.kind === 'article' && outcome.draft.date, '2023-11');
  });

  it('has no date and no title when the file starts with a sentence', () => {
    const [outcome] = parseText('Egypt signed for 30 Rafales on Tuesday.\nMore follows.', origin);
    assert.equal(outcome?.kind, 'article');
    if (outcome?.kind !== 'article') return;
    assert.equal(outcome.draft.date, null);
    assert.equal(outcome.draft.title, null);
  });

  it('takes no title from a one-line article', () => {
    const [outcome] = parseText('Short news without a full stop', origin);
    assert.equal(outcome?.kind === 'article' && outcome.draft.title, null);
  });

  it('rejects an impossible date with its line', () => {
    const [outcome] = parseText('\ndate 2024-02-30\nText.', origin);
    assert.equal(outcome?.kind, 'rejected');
    assert.equal(outcome?.kind === 'rejected' && outcome.line, 2);
    assert.match(
      outcome?.kind === 'rejected' ? outcome.error.message : '',
      /news\/k2\.txt: line 2: .*not a real date/,
    );
  });

  it('rejects a file with a date line and nothing else', () => {
    const [outcome] = parseText('date 2024-02-01\n\n  \n', origin);
    assert.match(outcome?.kind === 'rejected' ? outcome.error.message : '', /no text after the date line/);
  });
});
