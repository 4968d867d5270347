import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryFromDescription, categoryFromSipri, partyCode } from './index.ts';

describe('partyCode', () => {
  it('maps states, historical states and Latin-1 spellings to ISO3', () => {
    assert.equal(partyCode('United States'), 'USA');
    assert.equal(partyCode('Turkiye'), 'TUR');
    assert.equal(partyCode("Côte d'Ivoire"), 'CIV');
    assert.equal(partyCode('Soviet Union'), 'SUN');
    assert.equal(partyCode('Yugoslavia'), 'YUG');
    assert.equal(partyCode('East Germany (GDR)'), 'DDR');
  });

  it('writes non-state groups as the extractor names them, without the state SIPRI adds', () => {
    assert.equal(partyCode('Houthi rebels (Yemen)*'), 'non-state:Houthis');
    assert.equal(partyCode('PIJ (Israel/Palestine)*'), 'non-state:Palestinian Islamic Jihad');
    assert.equal(partyCode('Syria rebels*'), 'non-state:Syrian rebels');
    assert.equal(partyCode('Contras (Nicaragua)*'), 'non-state:Contras');
  });

  it('writes organisations and unknown parties', () => {
    assert.equal(partyCode('NATO**'), 'org:NATO');
    assert.equal(partyCode('African Union**'), 'org:African Union');
    assert.equal(partyCode('unknown supplier(s)'), 'unknown');
    assert.equal(partyCode('unknown recipient(s)'), 'unknown');
  });

  it('gives null for a name that is no state', () => {
    assert.equal(partyCode('Atlantis'), null);
  });
});

describe('categories', () => {
  it("maps SIPRI's armament categories", () => {
    assert.equal(categoryFromSipri('Air-defence systems'), 'air-defence');
    assert.equal(categoryFromSipri('Naval weapons'), 'naval-weapons');
    assert.equal(categoryFromSipri('Sensors'), 'sensors');
    assert.equal(categoryFromSipri('Bicycles'), null);
  });

  it("maps the trade register's descriptions through SIPRI's own assignments", () => {
    assert.equal(categoryFromDescription('APC'), 'armoured-vehicles');
    assert.equal(categoryFromDescription('SAM system'), 'air-defence');
    assert.equal(categoryFromDescription('SAM'), 'missiles');
    assert.equal(categoryFromDescription('air search radar'), 'sensors');
    assert.equal(categoryFromDescription('FGA aircraft'), 'aircraft');
  });

  it('falls back on key words for a description the table lacks, then on other', () => {
    assert.equal(categoryFromDescription('heavy transport helicopter'), 'aircraft');
    assert.equal(categoryFromDescription('coastal patrol vessel'), 'ships');
    assert.equal(categoryFromDescription('field kitchen'), 'other');
  });
});
