import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PhraseIndex } from '../phrases.ts';
import { categoryPhrases, MAX_CATEGORY_WORDS, nonCategoryPhrases, pluralPhrase } from './categories.ts';
import { phraseKey } from './keys.ts';

const category = (text: string) => categoryPhrases().get(phraseKey(text));

describe('categoryPhrases', () => {
  it('maps kind words to categories, singular and plural', () => {
    const cases: [string, string][] = [
      ['fighter jets', 'aircraft'],
      ['helicopter', 'aircraft'],
      ['drones', 'aircraft'],
      ['UAVs', 'aircraft'],
      ['howitzers', 'artillery'],
      ['artillery', 'artillery'],
      ['MLRS', 'artillery'],
      ['rifles', 'small-arms'],
      ['machine guns', 'small-arms'],
      ['hand weapons', 'small-arms'],
      ['ammunition', 'ammunition'],
      ['shells', 'ammunition'],
      ['cartridges', 'ammunition'],
      ['tanks', 'armoured-vehicles'],
      ['APCs', 'armoured-vehicles'],
      ['air defence systems', 'air-defence'],
      ['anti-aircraft mounts', 'air-defence'],
      ['SAM', 'air-defence'],
      ['frigates', 'ships'],
      ['submarines', 'ships'],
      ['radars', 'sensors'],
      ['night-vision', 'sensors'],
      ['thermal-imaging devices', 'sensors'],
      ['missiles', 'missiles'],
      ['torpedoes', 'missiles'],
      ['engines', 'engines'],
      ['trucks', 'other'],
      ['vehicles', 'other'],
    ];
    for (const [text, expected] of cases) assert.equal(category(text), expected, text);
  });

  it('knows optronics, sights and radars as sensors', () => {
    for (const text of [
      'optoelectronic devices',
      'optical-electronic devices',
      'opto-electronic',
      'opto-electronic systems',
      'night thermal sights',
      'thermal sights',
      'sights',
      'night-vision goggles',
      'surveillance radars',
      'electro-optical systems',
    ]) {
      assert.equal(category(text), 'sensors', text);
    }
    assert.ok(nonCategoryPhrases().has('set its sights'));
  });

  it('knows unmanned and loitering aircraft under every common name', () => {
    for (const text of [
      'unmanned aerial combat vehicles',
      'unmanned combat aerial vehicles',
      'UCAVs',
      'unmanned aerial vehicles',
      'loitering munitions',
      'kamikaze drones',
      'FPV drones',
    ]) {
      assert.equal(category(text), 'aircraft', text);
    }
    assert.equal(category('naval drones'), 'ships');
  });

  it('lets a longest match give a multi-word kind over its last word', () => {
    const index = new PhraseIndex(categoryPhrases(), MAX_CATEGORY_WORDS, nonCategoryPhrases());
    const keys = 'turkey sent unmanned aerial combat vehicles'.split(' ');
    assert.deepEqual(index.longestAt(keys, 2, keys.length), { value: 'aircraft', first: 2, last: 6 });
    const sights = 'poland sets its sights on tanks'.split(' ');
    assert.deepEqual(index.longestAt(sights, 1, sights.length), { skip: 4 });
  });

  it('knows British and American spellings', () => {
    assert.equal(category('armoured vehicles'), 'armoured-vehicles');
    assert.equal(category('armored vehicles'), 'armoured-vehicles');
    assert.equal(category('air defense system'), 'air-defence');
  });

  it('leaves out bare "fighters", which names combatants as often', () => {
    assert.equal(category('fighters'), undefined);
  });

  it('lists phrases that contain a kind word but name no weapon', () => {
    assert.ok(nonCategoryPhrases().has('think tank'));
    assert.ok(nonCategoryPhrases().has('rounds of talks'));
    assert.ok(nonCategoryPhrases().has('by ship'));
    for (const key of nonCategoryPhrases()) assert.ok(key.split(' ').length <= MAX_CATEGORY_WORDS, key);
  });
});

describe('pluralPhrase', () => {
  it('forms English plurals of the last word', () => {
    assert.equal(pluralPhrase('fighter jet'), 'fighter jets');
    assert.equal(pluralPhrase('lorry'), 'lorries');
    assert.equal(pluralPhrase('torpedo'), 'torpedoes');
    assert.equal(pluralPhrase('landing craft'), 'landing craft');
    assert.equal(pluralPhrase('small arms'), 'small arms');
  });
});
