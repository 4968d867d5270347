import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATEGORIES } from '../../model/index.ts';
import { designationKey } from './keys.ts';
import {
  ambiguousWeaponKeys,
  findWeapon,
  findWeaponFamily,
  findWeaponInCategory,
  findWeaponVariant,
  parseWeaponLine,
  weaponKeys,
} from './weapons.ts';

describe('findWeapon', () => {
  it('finds SIPRI designations with category and origin', () => {
    assert.deepEqual(
      { ...findWeapon('Su-30SM'), aliases: undefined },
      {
        designation: 'Su-30SM',
        aliases: undefined,
        category: 'aircraft',
        origin: 'RUS',
        description: 'FGA aircraft',
      },
    );
    assert.equal(findWeapon('S-400')?.category, 'air-defence');
    assert.equal(findWeapon('Mi-17')?.origin, 'RUS');
  });

  it('finds the supplement: small arms, ammunition, drones, trucks', () => {
    assert.equal(findWeapon('AK-103')?.category, 'small-arms');
    assert.equal(findWeapon('RPG-7')?.origin, 'SUN');
    assert.equal(findWeapon('NLAW')?.category, 'missiles');
    assert.equal(findWeapon('Bayraktar TB2')?.category, 'aircraft');
    assert.equal(findWeapon('Shahed-136')?.category, 'aircraft');
    assert.equal(findWeapon('155mm')?.category, 'ammunition');
    assert.equal(findWeapon('KamAZ-5350')?.category, 'other');
  });

  it('finds systems of 2015-2025 news that SIPRI lacks or names otherwise', () => {
    const found = (name: string) => {
      const entry = findWeapon(name);
      return entry && `${entry.category} ${entry.origin}`;
    };
    assert.equal(found('PzH 2000'), 'artillery DEU');
    assert.equal(found('FK-3'), 'air-defence CHN');
    assert.equal(found('HQ-22'), 'air-defence CHN');
    assert.equal(found('Cheongung-II'), 'air-defence KOR');
    assert.equal(found('M-SAM II'), 'air-defence KOR');
    assert.equal(found('KM-SAM'), 'air-defence KOR');
    assert.equal(found('Tor-M2K'), 'air-defence RUS');
    assert.equal(found('Lynx KF41'), 'armoured-vehicles DEU');
    assert.equal(found('Boran'), 'artillery TUR');
    assert.equal(found('Carl-Gustaf M4'), 'small-arms SWE');
    assert.equal(found('SH-15'), 'artillery CHN');
    assert.equal(found('KUH-1'), 'aircraft KOR');
    assert.equal(found('Barak-8'), 'air-defence ISR');
    assert.equal(found('SPYDER'), 'air-defence ISR');
    assert.equal(found('Zolfaghar'), 'missiles IRN');
    assert.equal(found('Tulpar'), 'armoured-vehicles TUR');
  });

  it('gives the exporting state of jointly or licence-built designs', () => {
    assert.equal(findWeapon('AW101')?.origin, 'ITA');
    assert.equal(findWeapon('Fateh-110')?.origin, 'IRN');
  });

  it('folds punctuation and finds aliases', () => {
    assert.equal(findWeapon('SU 30 SM')?.designation, 'Su-30SM');
    assert.equal(findWeapon('TB2')?.designation, 'Bayraktar TB2');
    assert.equal(findWeapon('Javelin')?.designation, 'FGM-148 Javelin');
    assert.equal(findWeapon('Black Hawk')?.category, 'aircraft');
    assert.equal(findWeapon('155 mm')?.designation, '155mm');
  });

  it('resolves the names news uses for major systems, with their category', () => {
    const cases: [string, string][] = [
      ['HIMARS', 'artillery'],
      ['Patriot', 'air-defence'],
      ['Leopard 2A7', 'armoured-vehicles'],
      ['K2 Black Panther', 'armoured-vehicles'],
      ['K9 Thunder', 'artillery'],
      ['Caesar', 'artillery'],
      ['Bayraktar TB2', 'aircraft'],
      ['TB2', 'aircraft'],
      ['Shahed-136', 'aircraft'],
      ['Switchblade', 'aircraft'],
      ['F-35A', 'aircraft'],
      ['KF-21', 'aircraft'],
      ['J-10C', 'aircraft'],
      ['JF-17 Thunder', 'aircraft'],
      ['S-400 Triumf', 'air-defence'],
      ['Su-35S', 'aircraft'],
      ['AH-64E Apache Guardian', 'aircraft'],
      ['Black Hawk', 'aircraft'],
      ['Stryker', 'armoured-vehicles'],
      ['Bradley', 'armoured-vehicles'],
      ['Abrams', 'armoured-vehicles'],
      ['Gepard', 'air-defence'],
      ['IRIS-T SLM', 'air-defence'],
      ['NASAMS', 'air-defence'],
      ['SAMP/T', 'air-defence'],
      ['Storm Shadow', 'missiles'],
      ['ATACMS', 'missiles'],
      ['Harpoon', 'missiles'],
      ['BrahMos', 'missiles'],
      ['Typhoon', 'aircraft'],
      ['Tornado', 'aircraft'],
      ['Kalibr', 'missiles'],
      ['Ara', 'armoured-vehicles'],
      ['KC-390', 'aircraft'],
    ];
    for (const [name, category] of cases) assert.equal(findWeapon(name)?.category, category, name);
  });

  it('finds spelled-out names of designations known by their initials', () => {
    assert.equal(findWeapon('Naval Strike Missile')?.designation, 'NSM');
    assert.equal(findWeapon('Joint Strike Missile')?.designation, 'JSM');
    assert.equal(findWeapon('High Mobility Artillery Rocket System')?.designation, 'HIMARS');
    assert.equal(findWeapon('Army Tactical Missile System')?.designation, 'ATACMS');
  });

  it('leaves out plain words that name rarely traded designs, persons or places', () => {
    for (const name of ['Ambassador', 'Reporter', 'Senator', 'David', 'Atlantic', 'As', 'Khan', 'Collins']) {
      assert.equal(findWeapon(name), undefined, name);
    }
  });

  it('knows nothing of unknown names and generic descriptions', () => {
    assert.equal(findWeapon('XQ-999 Phantomwing'), undefined);
    assert.equal(findWeapon('aircraft engine'), undefined);
    assert.equal(findWeapon('tank'), undefined);
    assert.equal(findWeapon('Nigeria'), undefined);
  });
});

describe('findWeaponVariant', () => {
  it('gives the longest known design before a variant suffix', () => {
    assert.equal(findWeaponVariant('Leopard 2A7HU')?.designation, 'Leopard-2A7');
    assert.equal(findWeaponVariant('Leopard 2PL')?.designation, 'Leopard 2');
    assert.equal(findWeaponVariant('Tor-M2DT')?.designation, 'Tor-M2');
    assert.equal(findWeaponVariant('K9A1EP')?.designation, 'K9 Thunder');
    assert.equal(findWeaponVariant('Leopard 2A7HU Block III')?.designation, 'Leopard-2A7');
  });

  it('cuts only where a number meets letters inside the last word', () => {
    assert.equal(findWeaponVariant('Rafales'), undefined);
    assert.equal(findWeaponVariant('Leopard tanks'), undefined);
    assert.equal(findWeaponVariant('Zorblax 9X'), undefined);
  });
});

describe('findWeaponInCategory', () => {
  it('gives the one design of a category whose name holds the word', () => {
    assert.equal(findWeaponInCategory('Lynx', 'aircraft')?.origin, 'GBR');
    assert.equal(findWeaponInCategory('Lynx', 'artillery')?.designation, 'Lynx MRL');
    assert.equal(findWeaponInCategory('Boxer', 'armoured-vehicles')?.origin, 'DEU');
  });

  it('gives nothing where several designs of the category share the name', () => {
    assert.equal(findWeaponInCategory('Lynx', 'armoured-vehicles'), undefined);
    assert.equal(findWeaponInCategory('Zorblax', 'aircraft'), undefined);
  });
});

describe('findWeaponFamily', () => {
  it('finds the entry of a longer or variant spelling', () => {
    assert.equal(findWeaponFamily('Sukhoi Su-35')?.designation, 'Su-35');
    assert.equal(findWeaponFamily('Kalashnikov AK-12')?.designation, 'AK-12');
    assert.equal(findWeaponFamily('Harpoon Block II')?.designation, 'Harpoon');
    assert.equal(findWeaponFamily('F-16D Block 70/72')?.category, 'aircraft');
    assert.equal(findWeaponFamily('Mi-17V5')?.designation, 'Mi-17');
    assert.equal(findWeaponFamily('Mi-17V-5')?.designation, 'Mi-17');
  });

  it('keeps the longest known family of a variant the catalogue lacks', () => {
    assert.equal(findWeaponFamily('Leopard 2A7HU')?.designation, 'Leopard-2A7');
    assert.equal(findWeaponFamily('Rheinmetall Leopard 2A7HU')?.designation, 'Leopard-2A7');
    assert.equal(findWeaponFamily('Hanwha K9A1EP')?.category, 'artillery');
  });

  it('finds nothing where no part is known', () => {
    assert.equal(findWeaponFamily('Zorblax Mk 9'), undefined);
  });
});

describe('the catalogue file', () => {
  it('gives every key one entry of a known category', () => {
    assert.ok(weaponKeys().size > 4000, `${weaponKeys().size} keys`);
    for (const entry of weaponKeys().values())
      assert.ok(CATEGORIES.includes(entry.category), entry.designation);
  });

  it('flags designations that are ordinary words', () => {
    assert.ok(ambiguousWeaponKeys().has('patriot'));
    assert.ok(ambiguousWeaponKeys().has(designationKey('Hawk')));
    assert.ok(!ambiguousWeaponKeys().has('su30sm'));
  });

  it('rejects a malformed line', () => {
    assert.throws(() => parseWeaponLine('Su-30SM\tplanes\tRUS\tFGA aircraft\t', 7), /line 7/);
    assert.deepEqual(parseWeaponLine('X-1\taircraft\t\ttrainer aircraft\t', 2), {
      designation: 'X-1',
      aliases: [],
      category: 'aircraft',
      origin: null,
      description: 'trainer aircraft',
    });
  });
});
