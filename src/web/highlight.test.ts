import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlightText, segment } from './highlight.ts';

describe('segment', () => {
  it('splits overlapping spans at every boundary and keeps which spans cover each piece', () => {
    const parts = segment(10, [
      { fact: 0, spans: [{ start: 0, end: 6 }] },
      { fact: 1, spans: [{ start: 4, end: 10 }] },
    ]);
    assert.deepEqual(
      parts.map((part) => [part.start, part.end, part.covers]),
      [
        [0, 4, [[0, 0]]],
        [
          4,
          6,
          [
            [0, 0],
            [1, 0],
          ],
        ],
        [6, 10, [[1, 0]]],
      ],
    );
    assert.deepEqual(parts[1]!.opens, [[1, 0]]);
    assert.deepEqual(parts[1]!.closes, [[0, 0]]);
  });

  it('clamps spans to the text and drops empty ones', () => {
    const parts = segment(5, [
      {
        fact: 0,
        spans: [
          { start: 3, end: 99 },
          { start: 2, end: 2 },
        ],
      },
    ]);
    assert.deepEqual(
      parts.map((part) => [part.start, part.end, part.covers.length]),
      [
        [0, 3, 0],
        [3, 5, 1],
      ],
    );
  });
});

describe('highlightText', () => {
  it('marks a nested span inside its enclosing one, with anchors and links back to both facts', () => {
    const text = 'ab cd ef';
    const out = String(
      highlightText(text, [
        { fact: 0, spans: [{ start: 0, end: 8 }] },
        { fact: 1, spans: [{ start: 3, end: 5 }] },
      ]),
    );
    assert.equal(
      out,
      '<mark id="ev-0-0" class="ev depth-1" data-facts="0" title="Evidence for fact 1">ab </mark>' +
        '<mark id="ev-1-0" class="ev depth-2" data-facts="0 1" title="Evidence for facts 1, 2">cd</mark>' +
        '<a class="ev-ref" href="#fact-1" aria-label="Back to fact 2">2</a>' +
        '<mark class="ev depth-1" data-facts="0" title="Evidence for fact 1"> ef</mark>' +
        '<a class="ev-ref" href="#fact-0" aria-label="Back to fact 1">1</a>',
    );
  });

  it('gives a second span starting at the same place an anchor of its own', () => {
    const out = String(
      highlightText('abcd', [
        { fact: 0, spans: [{ start: 0, end: 2 }] },
        { fact: 1, spans: [{ start: 0, end: 4 }] },
      ]),
    );
    assert.match(out, /^<span class="ev-anchor" id="ev-1-0"><\/span><mark id="ev-0-0"/);
  });

  it('escapes markup in the text, inside and outside marks', () => {
    const text = '<b>x</b> & <script>y</script>';
    const out = String(highlightText(text, [{ fact: 0, spans: [{ start: 11, end: text.length }] }]));
    assert.ok(out.startsWith('&lt;b&gt;x&lt;/b&gt; &amp; <mark'), out);
    assert.ok(out.includes('>&lt;script&gt;y&lt;/script&gt;</mark>'), out);
    assert.ok(!out.includes('<script>'), out);
  });
});
