import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCountries, countryByIso3, countryNameKey, findCountry } from './index.ts';

/** State names as the two SIPRI exports spell them (Supplier and Recipient columns). */
const SIPRI_SPELLINGS: Record<string, string> = {
  Afghanistan: 'AFG',
  'Antigua and Barbuda': 'ATG',
  Aruba: 'ABW',
  Biafra: 'XBI',
  'Bosnia-Herzegovina': 'BIH',
  Brunei: 'BRN',
  'Cabo Verde': 'CPV',
  'Central African Republic': 'CAF',
  Congo: 'COG',
  "Cote d'Ivoire": 'CIV',
  Czechia: 'CZE',
  Czechoslovakia: 'CSK',
  'DR Congo': 'COD',
  'East Germany (GDR)': 'DDR',
  eSwatini: 'SWZ',
  Gambia: 'GMB',
  'Guinea-Bissau': 'GNB',
  Katanga: 'XKT',
  Kosovo: 'XKX',
  Laos: 'LAO',
  'North Korea': 'PRK',
  'North Macedonia': 'MKD',
  'North Yemen': 'YEM',
  'Northern Cyprus': 'XNC',
  Palestine: 'PSE',
  'Saint Kitts and Nevis': 'KNA',
  'Saint Vincent': 'VCT',
  'South Korea': 'KOR',
  'South Sudan': 'SSD',
  'South Vietnam': 'VNM',
  'South Yemen': 'YMD',
  'Soviet Union': 'SUN',
  Taiwan: 'TWN',
  'Timor-Leste': 'TLS',
  'Trinidad and Tobago': 'TTO',
  Turkiye: 'TUR',
  UAE: 'ARE',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  'Viet Nam': 'VNM',
  'Western Sahara': 'ESH',
  'Yemen Arab Republic (North Yemen)': 'YEM',
  Yugoslavia: 'YUG',
};

describe('findCountry', () => {
  it('resolves every SIPRI spelling of a state', () => {
    for (const [name, iso3] of Object.entries(SIPRI_SPELLINGS)) {
      assert.equal(findCountry(name)?.iso3, iso3, name);
    }
  });

  it('resolves short forms and other names', () => {
    const cases: [string, string][] = [
      ['US', 'USA'],
      ['U.S.', 'USA'],
      ['United States of America', 'USA'],
      ['America', 'USA'],
      ['UK', 'GBR'],
      ['Britain', 'GBR'],
      ['Republic of Korea', 'KOR'],
      ['ROK', 'KOR'],
      ['DPRK', 'PRK'],
      ['Türkiye', 'TUR'],
      ['Turkey', 'TUR'],
      ['Vietnam', 'VNM'],
      ['Ivory Coast', 'CIV'],
      ['Democratic Republic of the Congo', 'COD'],
      ['Czech Republic', 'CZE'],
      ['Burma', 'MMR'],
      ['USSR', 'SUN'],
      ['St. Vincent and the Grenadines', 'VCT'],
    ];
    for (const [name, iso3] of cases) assert.equal(findCountry(name)?.iso3, iso3, name);
  });

  it('ignores case, diacritics, punctuation and a leading article', () => {
    assert.equal(findCountry('  the NETHERLANDS ')?.iso3, 'NLD');
    assert.equal(findCountry('côte d’ivoire')?.iso3, 'CIV');
    assert.equal(findCountry('bosnia herzegovina')?.iso3, 'BIH');
  });

  it('finds nothing for non-state parties and unknown names', () => {
    assert.equal(findCountry('Houthi rebels'), undefined);
    assert.equal(findCountry('Atlantis'), undefined);
    assert.equal(findCountry(''), undefined);
  });
});

describe('the country table', () => {
  it('holds every ISO 3166-1 state once, plus Kosovo and historical states', () => {
    const codes = allCountries().map((country) => country.iso3);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(codes.length >= 259, `${codes.length} countries`);
    assert.equal(
      allCountries().filter((country) => country.numeric !== null && !country.historical).length,
      249,
    );
    for (const code of ['XKX', 'PSE', 'TWN', 'SUN', 'YUG', 'DDR', 'CSK'])
      assert.ok(countryByIso3(code), code);
  });

  it('marks historical states and keeps current ones unmarked', () => {
    assert.equal(countryByIso3('SUN')?.historical, true);
    assert.equal(countryByIso3('RUS')?.historical, undefined);
  });

  it('gives numeric codes as world-atlas writes them', () => {
    assert.equal(countryByIso3('usa')?.numeric, '840');
    assert.equal(countryByIso3('AFG')?.numeric, '004');
    assert.equal(countryByIso3('XKX')?.numeric, null);
  });

  it('lists demonyms and capitals', () => {
    assert.ok(countryByIso3('ARM')?.demonyms.includes('Armenian'));
    assert.ok(countryByIso3('GBR')?.demonyms.includes('British'));
    assert.ok(countryByIso3('TUR')?.demonyms.includes('Turkish'));
    assert.deepEqual(countryByIso3('ARM')?.capitals, ['Yerevan']);
    assert.ok(countryByIso3('UKR')?.capitals.includes('Kyiv'));
  });

  it('does not give one name to two states', () => {
    const owner = new Map<string, string>();
    for (const country of allCountries()) {
      for (const name of [country.name, ...country.names]) {
        const key = countryNameKey(name);
        const previous = owner.get(key);
        assert.ok(
          previous === undefined || previous === country.iso3,
          `${name}: ${previous} and ${country.iso3}`,
        );
        owner.set(key, country.iso3);
      }
    }
  });
});
