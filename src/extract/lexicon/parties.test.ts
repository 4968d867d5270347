import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phraseKey } from './keys.ts';
import {
  caseSensitivePartyTokens,
  MAX_PARTY_WORDS,
  nameVariants,
  nonPartyPhrases,
  partyPhrases,
} from './parties.ts';

const party = (text: string) => partyPhrases().get(phraseKey(text));

describe('partyPhrases', () => {
  it('finds states by name and short form', () => {
    assert.deepEqual(party('South Korea'), { code: 'KOR', kind: 'name' });
    assert.equal(party('Britain')?.code, 'GBR');
    assert.equal(party('U.S.')?.code, 'USA');
    assert.equal(party('Turkey')?.code, 'TUR');
    assert.equal(party('Türkiye')?.code, 'TUR');
  });

  it('finds demonyms and their plurals', () => {
    assert.deepEqual(party('Armenian'), { code: 'ARM', kind: 'demonym' });
    assert.deepEqual(party('North Korean'), { code: 'PRK', kind: 'demonym' });
    assert.equal(party('Americans')?.code, 'USA');
    assert.equal(party('Israelis')?.code, 'ISR');
    assert.equal(party('Chinese')?.code, 'CHN');
    assert.equal(party('Soviet')?.code, 'SUN');
  });

  it('finds capitals and seats of power used as metonyms', () => {
    assert.deepEqual(party('Moscow'), { code: 'RUS', kind: 'capital' });
    assert.equal(party('Yerevan')?.code, 'ARM');
    assert.equal(party('the Kremlin')?.code, 'RUS');
    assert.equal(party('Pentagon')?.code, 'USA');
  });

  it('finds non-state groups', () => {
    assert.deepEqual(party('the Houthis'), { code: 'non-state:Houthis', kind: 'group' });
    assert.equal(party('Hezbollah')?.code, 'non-state:Hezbollah');
    assert.equal(party('Wagner Group')?.code, 'non-state:Wagner Group');
    assert.equal(party('Kurdish Peshmerga')?.code, 'non-state:Peshmerga');
    assert.equal(party('Syrian rebels')?.code, 'non-state:Syrian rebels');
  });

  it('finds short forms of multi-word state names', () => {
    const cases: [string, string][] = [
      ['St. Vincent and Grenadines', 'VCT'],
      ['Saint Vincent and Grenadines', 'VCT'],
      ['St Kitts', 'KNA'],
      ['St. Kitts and Nevis', 'KNA'],
      ['St Lucia', 'LCA'],
      ['Trinidad', 'TTO'],
      ['Bosnia', 'BIH'],
      ['Congo-Brazzaville', 'COG'],
      ['Guinea Bissau', 'GNB'],
      ['Sao Tome', 'STP'],
    ];
    for (const [text, code] of cases) assert.equal(party(text)?.code, code, text);
    assert.equal(caseSensitivePartyTokens().get('DRC')?.code, 'COD');
    assert.equal(party('Turks')?.code, 'TUR', 'a territory keeps its whole name');
  });

  it('finds the names news gives states and their people', () => {
    const cases: [string, string][] = [
      ['Türkiye', 'TUR'],
      ['the Netherlands', 'NLD'],
      ['Holland', 'NLD'],
      ['Dutch', 'NLD'],
      ['South Korean', 'KOR'],
      ['Emirati', 'ARE'],
      ['Saudi', 'SAU'],
      ['Israeli', 'ISR'],
      ['Taiwanese', 'TWN'],
      ['Czech', 'CZE'],
      ['Slovak', 'SVK'],
      ['Kazakh', 'KAZ'],
      ['Uzbek', 'UZB'],
      ['Azerbaijani', 'AZE'],
      ['Azeri', 'AZE'],
      ['Filipino', 'PHL'],
      ['Philippine', 'PHL'],
      ['Vietnamese', 'VNM'],
      ['Burmese', 'MMR'],
      ['Myanmar', 'MMR'],
      ['Ivorian', 'CIV'],
      ['American', 'USA'],
      ['South African', 'ZAF'],
    ];
    for (const [text, code] of cases) assert.equal(party(text)?.code, code, text);
  });

  it('maps no continent or region adjective to a state', () => {
    for (const text of [
      'African',
      'European',
      'Asian',
      'Middle Eastern',
      'Western',
      'Nordic',
      'Baltic',
      'Gulf',
    ]) {
      assert.equal(party(text), undefined, text);
    }
    for (const text of ['South American', 'Latin American', 'Central American', 'North Americans']) {
      assert.ok(nonPartyPhrases().has(phraseKey(text)), text);
    }
  });

  it('leaves out words that also mean something else', () => {
    for (const word of ['us', 'polish', 'male', 'brussels', 'persian', 'victoria']) {
      assert.equal(partyPhrases().get(word), undefined, word);
    }
  });

  it('holds lower-case keys only', () => {
    for (const key of partyPhrases().keys()) assert.equal(key, key.toLowerCase(), key);
  });

  it('covers the longest phrase with MAX_PARTY_WORDS', () => {
    assert.ok(MAX_PARTY_WORDS >= 3);
    for (const key of partyPhrases().keys()) assert.ok(key.split(' ').length <= MAX_PARTY_WORDS, key);
  });
});

describe('caseSensitivePartyTokens', () => {
  it('matches acronyms in their exact case only', () => {
    const tokens = caseSensitivePartyTokens();
    assert.equal(tokens.get('US')?.code, 'USA');
    assert.equal(tokens.get('UK')?.code, 'GBR');
    assert.equal(tokens.get('UAE')?.code, 'ARE');
    assert.equal(tokens.get('ROK')?.code, 'KOR');
    assert.equal(tokens.get('DPRK')?.code, 'PRK');
    assert.equal(tokens.get('PRC')?.code, 'CHN');
    assert.equal(tokens.get('Polish')?.code, 'POL');
    assert.equal(tokens.get('PKK')?.code, 'non-state:PKK');
    assert.equal(tokens.get('us'), undefined);
  });
});

describe('nonPartyPhrases', () => {
  it('lists phrases that contain a party word but name no party', () => {
    for (const phrase of nonPartyPhrases()) {
      assert.equal(partyPhrases().get(phrase), undefined, phrase);
      assert.ok(
        phrase.split(' ').some((word) => partyPhrases().has(word)),
        `${phrase} holds no party word`,
      );
    }
    assert.ok(nonPartyPhrases().has('indian ocean'));
    assert.ok(nonPartyPhrases().has('latin america'));
    assert.equal(partyPhrases().get('america')?.code, 'USA');
    assert.equal(partyPhrases().get('indian')?.code, 'IND');
  });
});

describe('nameVariants', () => {
  it("writes 'Saint' as 'St' and 'St.', drops 'the' after 'and', and gives a state the first half", () => {
    assert.deepEqual(nameVariants('Saint Vincent and the Grenadines', true).sort(), [
      'Saint Vincent',
      'Saint Vincent and Grenadines',
      'Saint Vincent and the Grenadines',
      'St Vincent',
      'St Vincent and Grenadines',
      'St Vincent and the Grenadines',
      'St. Vincent',
      'St. Vincent and Grenadines',
      'St. Vincent and the Grenadines',
    ]);
    assert.deepEqual(nameVariants('Turks and Caicos Islands', false), ['Turks and Caicos Islands']);
    assert.deepEqual(nameVariants('Bonaire, Sint Eustatius and Saba', true), [
      'Bonaire, Sint Eustatius and Saba',
    ]);
  });
});
