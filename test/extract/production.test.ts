import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src/extract/index.ts';
import type { ProductionFact } from '../../src/model/index.ts';

type Made = Omit<ProductionFact, 'evidence' | 'producer'>;

/** The production facts of a short text, without evidence and producer. */
function made(text: string, date: string | null = '2024-05-10'): Made[] {
  return extractFacts({ id: 't', date, title: null, text })
    .filter((f): f is ProductionFact => f.type === 'production')
    .map(({ evidence: _evidence, producer: _producer, ...fact }) => fact);
}

/** The fields that locate one production fact: country, system, category. */
function keys(text: string, date?: string | null): [string, string | null, string | null][] {
  return made(text, date).map((f) => [f.country, f.system, f.category]);
}

describe('production statements', () => {
  it('reads "makes" with a weapon after it as production under licence', () => {
    const [fact] = made('Turkey: the Tarsus arsenal makes the T-122 launcher under licence from Russia.');
    assert.deepEqual([fact?.country, fact?.system, fact?.licensor], ['TUR', 'T-122', 'RUS']);
  });

  it('reads a yearly rate written after the verb as the capacity', () => {
    const [fact] = made("Turkey's Istanbul yard builds the Ada corvette at four a year.");
    assert.deepEqual([fact?.country, fact?.category, fact?.capacity_per_year], ['TUR', 'ships', 4]);
  });

  it('dates a start of production at a plant in a town and takes the town for its state', () => {
    const [fact] = made(
      'Aselsan began producing the Korkut air defence system at its plant in Ankara in 2023.',
    );
    assert.deepEqual(fact, {
      type: 'production',
      country: 'TUR',
      system: 'Korkut',
      category: 'air-defence',
      licensor: null,
      capacity_per_year: null,
      status: 'active',
      year: 2023,
    });
  });

  it('reads a line to be opened with a monthly capacity as planned ammunition production', () => {
    const [fact] = made(
      'Munitions India will open a shell line in Pune next year able to fill 5,000 rounds a month.',
    );
    assert.deepEqual(
      [fact?.country, fact?.system, fact?.category, fact?.capacity_per_year, fact?.status, fact?.year],
      ['IND', null, 'ammunition', 60_000, 'planned', 2025],
    );
  });

  it('reads a foreign company building a factory as planned production where the factory stands', () => {
    const [fact] = made('Rheinmetall will build a factory for armoured vehicles in Ukraine.');
    assert.deepEqual([fact?.country, fact?.licensor, fact?.status], ['UKR', 'DEU', 'planned']);
  });

  it('takes the state of kits for the licensor of local assembly', () => {
    const [fact] = made(
      'The Indonesian company PT Pindad assembles Anoa armoured vehicles from kits imported from France.',
    );
    assert.deepEqual([fact?.country, fact?.system, fact?.licensor], ['IDN', 'Anoa', 'FRA']);
  });

  it('places joint-venture production where the venture makes, with the partner as licensor', () => {
    const [fact] = made(
      'A joint venture of Hanwha (South Korea) and WB Group (Poland) will produce the K9 in Poland.',
    );
    assert.deepEqual([fact?.country, fact?.licensor, fact?.status], ['POL', 'KOR', 'planned']);
  });

  it('dates production that is to start in a later year', () => {
    const [fact] = made('Production of the K9 howitzer in Poland will start in 2026.');
    assert.deepEqual([fact?.country, fact?.status, fact?.year], ['POL', 'planned', 2026]);
  });

  it('reads a plant still being set up as planned', () => {
    const [fact] = made(
      "Germany's Rheinmetall broke ground on an artillery ammunition plant in central Lithuania.",
    );
    assert.deepEqual([fact?.country, fact?.category, fact?.status], ['LTU', 'ammunition', 'planned']);
  });

  it('reads a plant that opens next year as planned, with that year', () => {
    const [fact] = made(
      'The new plant in Poland will fill 4,000 artillery shells a month once it opens next year.',
    );
    assert.deepEqual([fact?.status, fact?.year, fact?.capacity_per_year], ['planned', 2025, 48_000]);
  });

  it('takes the year after "since" for the start of running production', () => {
    const [fact] = made('The Arlan armoured vehicle has been produced in Astana since 2017.');
    assert.deepEqual(
      [fact?.country, fact?.system, fact?.status, fact?.year],
      ['KAZ', 'Arlan', 'active', 2017],
    );
  });
});

describe('production places and partners', () => {
  it('reads a licence-built weapon as production where it is rolled out', () => {
    assert.deepEqual(keys('HAL rolled out the first licence-built Su-30MKI fighter in Nashik.'), [
      ['IND', 'Su-30MKI', 'aircraft'],
    ]);
  });

  it("takes the maker's home for weapons produced locally by a named company", () => {
    const [fact] = made(
      'Under the deal with South Korea, 250 of the K2 tanks will be produced locally by Bumar.',
    );
    assert.deepEqual([fact?.country, fact?.licensor, fact?.status], ['POL', 'KOR', 'planned']);
  });

  it('takes the state of a listed town named on the plant, and a monthly output times 12', () => {
    const [fact] = made('The Kazan plant has a monthly output of 30 helicopters.');
    assert.deepEqual([fact?.country, fact?.category, fact?.capacity_per_year], ['RUS', 'aircraft', 360]);
  });

  it('reads an annual capacity stated for a plant', () => {
    const [fact] = made('The plant in Poland will have an annual capacity of 200 armoured vehicles.');
    assert.deepEqual([fact?.country, fact?.capacity_per_year, fact?.status], ['POL', 200, 'planned']);
  });

  it('takes a state named on the plant for the place', () => {
    assert.deepEqual(keys('The company also produces thermal sights at its Minsk plant.'), [
      ['BLR', null, 'sensors'],
    ]);
  });

  it("takes the town's state, not a partner's, for the production country", () => {
    const [fact] = made("Israel's Elbit and Adani Defence build drones in Hyderabad.");
    assert.deepEqual([fact?.country, fact?.licensor], ['IND', 'ISR']);
  });

  it('takes the state after a town and a comma for the place', () => {
    const [fact] = made(
      'Rheinmetall runs a plant in Zalaegerszeg, Hungary, which assembles Lynx KF41 vehicles.',
    );
    assert.deepEqual([fact?.country, fact?.licensor], ['HUN', 'DEU']);
  });

  it('takes the home of a company that runs a plant where no place is given', () => {
    assert.deepEqual(keys('Nammo opened a plant for artillery shells.'), [['NOR', null, 'ammunition']]);
  });
});

describe('what is no production', () => {
  it('reads calibres and kind abbreviations as kinds, not designations', () => {
    assert.deepEqual(keys('The Polish plant will make 155 mm shells.'), [['POL', null, 'ammunition']]);
    assert.deepEqual(keys('Poland started production of ARV vehicles.'), [
      ['POL', null, 'armoured-vehicles'],
    ]);
  });

  it('gives no production for the maker named in a relative clause of a sale', () => {
    assert.deepEqual(keys('Dassault, which makes the Rafale, signed a deal to sell 24 jets to Qatar.'), []);
  });

  it('gives no production for a participle that names where a delivered weapon was built', () => {
    assert.deepEqual(keys('Slovakia received F-16 Block 70 jets built in Greenville last year.'), []);
  });

  it('gives no production for an output target without a plant or maker', () => {
    assert.deepEqual(keys('Ukraine aims to produce a million drones this year.'), []);
  });

  it('gives no production for a forecast by observers', () => {
    assert.deepEqual(keys('Experts expect Turkey to produce 100 drones a year.'), []);
  });

  it('gives no production for a call to produce', () => {
    assert.deepEqual(keys('Poland must produce its own ammunition, the minister said.'), []);
  });

  it('does not read building up an army as production', () => {
    assert.deepEqual(keys('Poland is building up its army with K2 tanks bought from South Korea.'), []);
  });

  it('does not read a decision to be made as production', () => {
    assert.deepEqual(keys('Poland will make a decision on the K2 purchase next year.'), []);
  });
});

describe('kinds without designation', () => {
  it('reads a kind before a production noun as the category made', () => {
    assert.deepEqual(keys('Poland will start small arms ammunition production next year.'), [
      ['POL', null, 'ammunition'],
    ]);
  });

  it('reads a plant for a kind of weapon as production of that kind', () => {
    assert.deepEqual(keys('Norway opened a plant for artillery shells in 2023.'), [
      ['NOR', null, 'ammunition'],
    ]);
  });

  it('reads a verb with a number after the state as production, not as "-made"', () => {
    assert.deepEqual(keys('Russia produced 2,000 tanks last year.'), [['RUS', null, 'armoured-vehicles']]);
  });
});
