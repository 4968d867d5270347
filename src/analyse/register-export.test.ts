import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { meta, production, share, storedFacts, testFold, transfer } from '../../test/support/facts.ts';
import { resolveRegister } from '../resolve/index.ts';
import { REGISTER_COLUMNS, registerCsv } from './register-export.ts';

const rows = resolveRegister(
  {
    facts: storedFacts('a1', [
      transfer({ system: '=HYPERLINK("x")', quantity: 2, year: 2020 }),
      production({ licensor: 'RUS', capacity_per_year: 50000 }),
      share({ share_pct: 94 }),
    ]),
    articles: [meta('a1', '2020-07-09')],
  },
  { fold: testFold },
);

function records(kind: 'transfer' | 'production' | 'share'): Record<string, string>[] {
  const [header, ...lines] = parse(registerCsv(rows, kind)) as string[][];
  assert.deepEqual(header, REGISTER_COLUMNS[kind]);
  return lines.map((line) => Object.fromEntries(header!.map((column, index) => [column, line[index]!])));
}

describe('registerCsv', () => {
  it('keeps a designation that looks like a formula from running in a spreadsheet', () => {
    assert.equal(records('transfer')[0]!['Weapon designation'], `'=HYPERLINK("x")`);
  });

  it('writes production and share rows in their own columns', () => {
    const [line] = records('production');
    assert.deepEqual(
      [line!.Country, line!.Licensor, line!['Capacity per year'], line!['Weapon designation']],
      ['Armenia', 'Russia', '50000', 'AK-103'],
    );
    const [statement] = records('share');
    assert.deepEqual(
      [statement!.Subject, statement!.Counterpart, statement!['Share %'], statement!.Period],
      ['Armenia', 'Russia', '94', '2015-2019'],
    );
  });
});
