import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseSensitiveCompanyTokens, companyPhrases, MAX_COMPANY_WORDS } from './companies.ts';
import { phraseKey } from './keys.ts';

describe('companyPhrases', () => {
  it('gives defence companies with their home countries', () => {
    const cases: [string, string][] = [
      ['lockheed martin', 'USA'],
      ['dassault', 'FRA'],
      ['baykar', 'TUR'],
      ['rosoboronexport', 'RUS'],
      ['kalashnikov', 'RUS'],
      ['hanwha aerospace', 'KOR'],
      ['rheinmetall', 'DEU'],
      ['elbit', 'ISR'],
      ['norinco', 'CHN'],
      ['pratt and whitney', 'USA'],
      ['heckler & koch', 'DEU'],
    ];
    for (const [phrase, country] of cases)
      assert.equal(companyPhrases().get(phrase)?.country, country, phrase);
  });

  it("knows the main exporters' defence companies", () => {
    const cases: [string, string][] = [
      ['Lockheed Martin', 'USA'],
      ['Raytheon', 'USA'],
      ['RTX', 'USA'],
      ['Boeing', 'USA'],
      ['General Dynamics', 'USA'],
      ['Northrop Grumman', 'USA'],
      ['L3Harris', 'USA'],
      ['BAE Systems', 'GBR'],
      ['Leonardo', 'ITA'],
      ['Thales', 'FRA'],
      ['Safran', 'FRA'],
      ['Naval Group', 'FRA'],
      ['MBDA', 'FRA'],
      ['KNDS', 'DEU'],
      ['KNDS France', 'FRA'],
      ['Nexter', 'FRA'],
      ['Rheinmetall', 'DEU'],
      ['KMW', 'DEU'],
      ['Hensoldt', 'DEU'],
      ['Diehl', 'DEU'],
      ['Saab', 'SWE'],
      ['Kongsberg', 'NOR'],
      ['Nammo', 'NOR'],
      ['Patria', 'FIN'],
      ['Elbit', 'ISR'],
      ['IAI', 'ISR'],
      ['Rafael', 'ISR'],
      ['Hanwha', 'KOR'],
      ['Hyundai Rotem', 'KOR'],
      ['KAI', 'KOR'],
      ['LIG Nex1', 'KOR'],
      ['Mitsubishi Heavy Industries', 'JPN'],
      ['NORINCO', 'CHN'],
      ['AVIC', 'CHN'],
      ['CASC', 'CHN'],
      ['Rostec', 'RUS'],
      ['Rosoboronexport', 'RUS'],
      ['Almaz-Antey', 'RUS'],
      ['UAC', 'RUS'],
      ['Uralvagonzavod', 'RUS'],
      ['Kalashnikov', 'RUS'],
      ['Baykar', 'TUR'],
      ['Aselsan', 'TUR'],
      ['TAI', 'TUR'],
      ['TUSAS', 'TUR'],
      ['Roketsan', 'TUR'],
      ['FNSS', 'TUR'],
      ['Otokar', 'TUR'],
      ['Embraer', 'BRA'],
      ['HAL', 'IND'],
      ['BEL', 'IND'],
      ['BDL', 'IND'],
      ['Denel', 'ZAF'],
      ['EDGE', 'ARE'],
      ['Paramount', 'ZAF'],
    ];
    const find = (name: string) =>
      caseSensitiveCompanyTokens().get(name) ?? companyPhrases().get(phraseKey(name));
    for (const [name, country] of cases) assert.equal(find(name)?.country, country, name);
  });

  it('names a company by its first name whichever alias is found', () => {
    assert.deepEqual(companyPhrases().get('samsung techwin'), { name: 'Hanwha Aerospace', country: 'KOR' });
  });

  it('keeps acronyms out of the lower-case map and matches them in exact case', () => {
    assert.equal(companyPhrases().get('hal'), undefined);
    assert.equal(caseSensitiveCompanyTokens().get('HAL')?.country, 'IND');
    assert.equal(caseSensitiveCompanyTokens().get('IAI')?.country, 'ISR');
    assert.equal(caseSensitiveCompanyTokens().get('MBDA')?.country, 'FRA');
  });

  it('holds a few hundred companies', () => {
    const names = new Set([...companyPhrases().values()].map((entry) => entry.name));
    assert.ok(names.size >= 300, `${names.size} companies`);
    assert.ok(MAX_COMPANY_WORDS >= 4);
  });
});
