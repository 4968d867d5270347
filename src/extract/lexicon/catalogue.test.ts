import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { designationAliases } from './aliases.ts';
import {
  buildCatalogue,
  type CatalogueDeal,
  formatWeaponsTsv,
  type Supplement,
  type WordTest,
} from './catalogue.ts';
import { parseWeaponLine } from './weapons.ts';

const WORDS: WordTest = {
  ordinary: (word) => ['hawk', 'river', 'modernized', 'ham'].includes(word),
  stop: (word) => ['as', 'at'].includes(word),
};

const NO_SUPPLEMENT: Supplement = {
  descriptionCategories: {},
  extraAliases: {},
  drop: [],
  ambiguous: [],
  weapons: [],
};

function deal(designation: string, supplier: string, fields: Partial<CatalogueDeal> = {}): CatalogueDeal {
  return {
    designation,
    description: 'FGA aircraft',
    category: 'aircraft',
    supplier,
    status: 'New',
    localProduction: false,
    orderYear: 2015,
    ...fields,
  };
}

/** `count` deals of one design: the builder keeps a plain-word name only when SIPRI attests it enough. */
function repeated(count: number, designation: string, supplier: string, fields: Partial<CatalogueDeal> = {}) {
  return Array.from({ length: count }, () => deal(designation, supplier, fields));
}

function build(deals: CatalogueDeal[], supplement: Partial<Supplement> = {}) {
  return buildCatalogue(deals, { ...NO_SUPPLEMENT, ...supplement }, WORDS);
}

describe('buildCatalogue', () => {
  it('takes the origin from the most frequent supplier of new units', () => {
    const { entries } = build([
      deal('Su-30SM', 'RUS'),
      deal('Su-30SM', 'RUS'),
      deal('Su-30SM', 'BLR', { status: 'Second hand' }),
      deal('Su-30SM', 'BLR', { status: 'Second hand' }),
      deal('Su-30SM', 'BLR', { status: 'Second hand' }),
    ]);
    assert.equal(entries[0]?.origin, 'RUS');
  });

  it('falls back to licensed production, then to any supplier, for the origin', () => {
    const licensed = build([deal('K-2', 'KOR', { localProduction: true })]);
    assert.equal(licensed.entries[0]?.origin, 'KOR');
    const used = build([
      deal('MiG-21', 'unknown', { status: 'Second hand' }),
      deal('MiG-21', 'SUN', { status: 'Second hand' }),
    ]);
    assert.equal(used.entries[0]?.origin, 'SUN');
  });

  it('merges spellings of one designation and drops the trailing dash of the per-delivery export', () => {
    const { entries } = build([
      deal('Bushmaster -', 'AUS'),
      deal('Bushmaster', 'AUS'),
      deal('Bushmaster -', 'AUS'),
    ]);
    assert.deepEqual(
      entries.map((entry) => entry.designation),
      ['Bushmaster'],
    );
  });

  it('leaves out generic descriptions, party names, stop words and English class names', () => {
    const { entries, dropped } = build([
      deal('aircraft engine', 'CAN', { description: 'aircraft engine', category: 'engines' }),
      deal('Nigeria', 'NLD', { description: 'frigate', category: 'ships' }),
      deal('River', 'GBR', { description: 'frigate', category: 'ships' }),
      deal('Ham', 'GBR', { description: 'minesweeper', category: 'ships' }),
      deal('AS', 'FRA', { description: 'air search radar', category: 'sensors' }),
      ...repeated(6, 'Hawk', 'USA', { description: 'SAM system', category: 'air-defence' }),
    ]);
    assert.deepEqual(
      entries.map((entry) => entry.designation),
      ['Hawk'],
    );
    assert.deepEqual(dropped.map((item) => item.designation).sort(), [
      'AS',
      'Ham',
      'Nigeria',
      'River',
      'aircraft engine',
    ]);
  });

  it('lets the supplement win a designation and give categories by description', () => {
    const { entries } = build(
      [
        deal('Javelin', 'GBR', { description: 'portable SAM', category: 'missiles' }),
        ...repeated(2, 'Harop', 'ISR', { description: 'loitering munition', category: 'missiles' }),
      ],
      {
        drop: ['Javelin'],
        descriptionCategories: { 'loitering munition': 'aircraft' },
        weapons: ['FGM-148 Javelin|missiles|USA|anti-tank missile|Javelin'],
      },
    );
    assert.deepEqual(
      entries.map((entry) => [entry.designation, entry.category, entry.origin, entry.aliases.join(';')]),
      [
        ['FGM-148 Javelin', 'missiles', 'USA', 'Javelin;FGM-148'],
        ['Harop', 'aircraft', 'ISR', ''],
      ],
    );
  });

  it('gives an alias to one entry only, the one with more deals', () => {
    const { entries } = build([deal('Su-30MKI', 'RUS'), deal('Su-30SM', 'RUS'), deal('Su-30SM', 'RUS')]);
    const aliases = Object.fromEntries(entries.map((entry) => [entry.designation, entry.aliases]));
    assert.deepEqual(aliases, { 'Su-30MKI': [], 'Su-30SM': ['Su-30'] });
  });

  it('derives no alias that is an ordinary word', () => {
    const { entries } = build([
      deal('T-55 Modernized', 'SUN', { description: 'tank', category: 'armoured-vehicles' }),
    ]);
    assert.deepEqual(entries[0]?.aliases, ['T-55']);
  });

  it('lists designations that are ordinary words as ambiguous', () => {
    const { ambiguousKeys } = build([...repeated(6, 'Hawk', 'GBR'), deal('Su-35', 'RUS')], {
      ambiguous: ['Su-35'],
    });
    assert.deepEqual(ambiguousKeys, ['hawk', 'su35']);
  });

  it('leaves out English-word names of rarely or long ago traded designs', () => {
    const { entries, dropped } = build([
      deal('Senator', 'CAN', { description: 'APC', category: 'armoured-vehicles', orderYear: 2022 }),
      ...repeated(6, 'Hawk', 'GBR', { orderYear: 1975 }),
      ...repeated(6, 'Harpoon', 'USA', { description: 'anti-ship missile', category: 'missiles' }),
    ]);
    assert.deepEqual(
      entries.map((entry) => entry.designation),
      ['Harpoon'],
    );
    assert.deepEqual(
      dropped.map((item) => item.designation),
      ['Hawk', 'Senator'],
    );
  });

  it('leaves out other plain one-word names of designs SIPRI lists once, and one-word ship classes', () => {
    const { entries, dropped } = build([
      deal('Khan', 'TUR', { description: 'SRBM', category: 'missiles' }),
      ...repeated(2, 'Gepard', 'DEU', { description: 'SPAAG', category: 'air-defence' }),
      ...repeated(9, 'Perry', 'USA', { description: 'frigate', category: 'ships' }),
      deal('BrahMos', 'IND', { description: 'anti-ship missile', category: 'missiles' }),
    ]);
    assert.deepEqual(entries.map((entry) => entry.designation).sort(), ['BrahMos', 'Gepard']);
    assert.deepEqual(dropped.map((item) => item.designation).sort(), ['Khan', 'Perry']);
  });

  it('keeps plain-word names that the supplement curates', () => {
    const { entries } = build([deal('Puma', 'DEU', { description: 'IFV', category: 'armoured-vehicles' })], {
      ambiguous: ['puma'],
    });
    assert.deepEqual(
      entries.map((entry) => entry.designation),
      ['Puma'],
    );
  });

  it("keeps a plain-word alias that its family attests: 'Ara-2' gives 'Ara'", () => {
    const { entries } = build([
      ...repeated(2, 'Ara-2', 'NGA', { description: 'APC', category: 'armoured-vehicles' }),
      deal('Bies-1', 'POL', { description: 'trainer aircraft' }),
    ]);
    const aliases = Object.fromEntries(entries.map((entry) => [entry.designation, entry.aliases]));
    assert.deepEqual(aliases, { 'Ara-2': ['Ara'], 'Bies-1': [] });
  });

  it('derives no alias that names a company, a ship class or an old design', () => {
    const { entries } = build([
      ...repeated(3, 'Boeing-707', 'USA', { description: 'transport aircraft' }),
      ...repeated(3, 'Bremen-2', 'DEU', { description: 'frigate', category: 'ships' }),
      ...repeated(3, 'M-24 Chaffee', 'USA', { description: 'light tank', orderYear: 1955 }),
    ]);
    const aliases = Object.fromEntries(entries.map((entry) => [entry.designation, entry.aliases]));
    assert.deepEqual(aliases, { 'Boeing-707': [], 'Bremen-2': [], 'M-24 Chaffee': ['M-24'] });
  });

  it('derives no alias that the supplement drops', () => {
    const { entries } = build(repeated(3, 'M-4 Sherman', 'USA', { description: 'tank' }), {
      drop: ['Sherman'],
    });
    assert.deepEqual(entries[0]?.aliases, ['M-4']);
  });

  it("derives no alias that the supplement drops from the supplement's own designations", () => {
    const { entries } = build([], { drop: ['Kaman'], weapons: ['Kaman-22|aircraft|IRN|armed UAV|'] });
    assert.deepEqual(entries[0]?.aliases, []);
  });

  it("takes the origin of a jointly or licence-built design from the supplement's origins", () => {
    const { entries } = build(
      [...repeated(3, 'JF-17', 'CHN'), deal('JF-17', 'PAK'), ...repeated(2, 'Su-30SM', 'RUS')],
      { origins: { 'JF-17': 'PAK' } },
    );
    assert.deepEqual(
      entries.map((entry) => [entry.designation, entry.origin]),
      [
        ['JF-17', 'PAK'],
        ['Su-30SM', 'RUS'],
      ],
    );
  });

  it('gives extra aliases to SIPRI and supplement designations alike', () => {
    const { entries } = build(
      [deal('JSM', 'NOR', { description: 'anti-ship missile', category: 'missiles' })],
      {
        extraAliases: { JSM: ['Joint Strike Missile'], NSM: ['Naval Strike Missile'] },
        weapons: ['NSM|missiles|NOR|anti-ship missile|'],
      },
    );
    assert.deepEqual(
      entries.map((entry) => [entry.designation, entry.aliases.join(';')]),
      [
        ['JSM', 'Joint Strike Missile'],
        ['NSM', 'Naval Strike Missile'],
      ],
    );
  });

  it('lets a supplement alias take a name whose SIPRI designation the supplement drops', () => {
    const { entries } = build(
      repeated(9, 'Typhoon', 'ARE', { description: 'APC', category: 'armoured-vehicles' }),
      { drop: ['Typhoon'], weapons: ['Eurofighter Typhoon|aircraft|GBR|FGA aircraft|Typhoon'] },
    );
    assert.deepEqual(
      entries.map((entry) => [entry.designation, entry.aliases.join(';')]),
      [['Eurofighter Typhoon', 'Typhoon']],
    );
  });

  it('writes a file that the loader reads back', () => {
    const { entries } = build([deal('S-70 Black Hawk', 'USA', { description: 'transport helicopter' })]);
    const [header, line] = formatWeaponsTsv(entries).split('\n');
    assert.equal(header, 'designation\tcategory\torigin\tdescription\taliases');
    assert.deepEqual(parseWeaponLine(line!, 2), entries[0]);
  });
});

describe('designationAliases', () => {
  it('splits a code from its name and strips calibres and block numbers', () => {
    assert.deepEqual(designationAliases('S-70 Black Hawk'), ['S-70', 'Black Hawk']);
    assert.deepEqual(designationAliases('PM-43 120mm'), ['PM-43']);
    assert.deepEqual(designationAliases('Harpoon Block-1'), ['Harpoon']);
  });

  it('splits codes joined by a slash', () => {
    assert.deepEqual(designationAliases('AS365/AS565 Panther'), ['AS365/AS565', 'Panther', 'AS365', 'AS565']);
    assert.deepEqual(designationAliases('F-16 Block 70/72'), ['F-16']);
  });

  it('gives the name of a numbered or coded model', () => {
    assert.deepEqual(designationAliases('Ara-2'), ['Ara']);
    assert.deepEqual(designationAliases('Orlan-10'), ['Orlan']);
    assert.deepEqual(designationAliases('Tornado IDS'), ['Tornado']);
  });

  it('gives the family of a lettered variant', () => {
    assert.deepEqual(designationAliases('F-16C Block-50'), ['F-16C', 'F-16']);
    assert.deepEqual(designationAliases('Mi-17'), []);
  });
});
