import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EDITED_COPY, OTHER_STORY, WIRE_STORY } from '../../test/pipeline/wire-stories.ts';
import { BANDS, bandKeys, isNearDuplicate, NEAR_DUPLICATE_THRESHOLD, overlap, shingles } from './dedupe.ts';

function sharedBands(a: string, b: string): number {
  const keys = new Set(bandKeys(shingles(a)));
  return bandKeys(shingles(b)).filter((key) => keys.has(key)).length;
}

describe('near-duplicate detection', () => {
  it('calls a lightly edited, trimmed copy of a wire story a near-duplicate', () => {
    const score = overlap(shingles(WIRE_STORY), shingles(EDITED_COPY));
    assert.ok(score >= NEAR_DUPLICATE_THRESHOLD, `overlap ${score}`);
    assert.ok(isNearDuplicate(shingles(EDITED_COPY), shingles(WIRE_STORY)));
    assert.ok(sharedBands(WIRE_STORY, EDITED_COPY) > 0, 'the copy shares at least one band');
  });

  it('does not call another story about the same deal a near-duplicate', () => {
    const score = overlap(shingles(WIRE_STORY), shingles(OTHER_STORY));
    assert.ok(score < 0.2, `overlap ${score}`);
    assert.equal(isNearDuplicate(shingles(WIRE_STORY), shingles(OTHER_STORY)), false);
  });

  it('never calls short texts near-duplicates', () => {
    assert.equal(
      isNearDuplicate(shingles('Read more on our site.'), shingles('Read more on our site.')),
      false,
    );
  });

  it('gives every text the same number of bands, and the same keys on every run', () => {
    assert.equal(bandKeys(shingles(WIRE_STORY)).length, BANDS);
    assert.deepEqual(bandKeys(shingles(WIRE_STORY)), bandKeys(shingles(`${WIRE_STORY}`)));
    assert.deepEqual(bandKeys(new Set()), []);
  });

  it('ignores case and punctuation when shingling', () => {
    assert.deepEqual(shingles('Norway, signs: K9 deal!'), shingles('norway signs k9 deal'));
  });
});
