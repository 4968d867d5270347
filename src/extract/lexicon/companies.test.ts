import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseSensitiveCompanyTokens, companyPhrases, MAX_COMPANY_WORDS } from './companies.ts';

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
