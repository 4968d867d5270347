import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { designationKey, phraseKey, wordCount } from './keys.ts';

describe('designationKey', () => {
  it('keeps lower-case letters and digits only, as the scorer compares', () => {
    assert.equal(designationKey('Su-30SM'), 'su30sm');
    assert.equal(designationKey('SU 30 SM'), 'su30sm');
    assert.equal(designationKey('F-16 Block 70/72'), 'f16block7072');
    assert.equal(designationKey('Aérospatiale'), 'aerospatiale');
  });
});

describe('phraseKey', () => {
  it('lower-cases and joins words with one space', () => {
    assert.equal(phraseKey('  South   Korea '), 'south korea');
  });

  it('reads hyphens as spaces and drops diacritics', () => {
    assert.equal(phraseKey('anti-aircraft'), 'anti aircraft');
    assert.equal(phraseKey('Türkiye'), 'turkiye');
  });

  it('straightens apostrophes and closes gaps a tokenizer leaves around them', () => {
    assert.equal(phraseKey('Côte d’Ivoire'), "cote d'ivoire");
    assert.equal(phraseKey("Cote d' Ivoire"), "cote d'ivoire");
    assert.equal(phraseKey("Russia 's"), "russia's");
  });

  it('keeps the periods of abbreviations', () => {
    assert.equal(phraseKey('U.S.'), 'u.s.');
  });

  it('counts words', () => {
    assert.equal(wordCount('north korean'), 2);
    assert.equal(wordCount(''), 0);
  });
});
