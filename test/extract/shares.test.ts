import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src/extract/index.ts';
import type { ShareFact } from '../../src/model/index.ts';

type Row = [string, string, string | null, number | null, number | null, number | null];

/** The share facts of a short text as [subject, role, counterpart, pct, period start, period end]. */
function shares(text: string, date: string | null = '2024-03-11'): Row[] {
  return extractFacts({ id: 't', date, title: null, text })
    .filter((f): f is ShareFact => f.type === 'share')
    .map((f) => [f.subject, f.role, f.counterpart, f.share_pct, f.period_start, f.period_end]);
}

describe('share statements', () => {
  it('gives each state of an elliptical list its own share of the same trade and period', () => {
    assert.deepEqual(
      shares(
        'In 2019-23 the US held 42 per cent of world arms exports, France 11 per cent and Italy for 4.3 per cent.',
      ),
      [
        ['USA', 'exporter', null, 42, 2019, 2023],
        ['FRA', 'exporter', null, 11, 2019, 2023],
        ['ITA', 'exporter', null, 4.3, 2019, 2023],
      ],
    );
  });

  it('reads "up from" as a second statement with its own period', () => {
    assert.deepEqual(
      shares('Israel took 3 per cent of global imports in 2019-23, up from 1.5 per cent in 2014-18.'),
      [
        ['ISR', 'importer', null, 3, 2019, 2023],
        ['ISR', 'importer', null, 1.5, 2014, 2018],
      ],
    );
  });

  it('gives both figures of "from A to B" their own period', () => {
    assert.deepEqual(
      shares(
        'France’s share of Egyptian arms imports went from 31 to 12 per cent between 2014-18 and 2019-23.',
      ),
      [
        ['EGY', 'importer', 'FRA', 31, 2014, 2018],
        ['EGY', 'importer', 'FRA', 12, 2019, 2023],
      ],
    );
  });

  it('keeps the holder of "X’s share" as the counterpart of the importer named after it', () => {
    assert.deepEqual(shares('Russia’s share of Indian imports fell to 36 per cent.'), [
      ['IND', 'importer', 'RUS', 36, null, null],
    ]);
  });

  it('reads "accounting for N per cent of Y imports" with the sentence subject as supplier', () => {
    assert.deepEqual(
      shares('Germany was the main supplier, accounting for 24 per cent of Israeli arms imports.'),
      [['ISR', 'importer', 'DEU', 24, null, null]],
    );
  });

  it('reads "of the total" and "of the global total" as a world share', () => {
    assert.deepEqual(
      shares('Spain was the eighth-largest exporter in 2019-23, with 2.7 per cent of the global total.'),
      [['ESP', 'exporter', null, 2.7, 2019, 2023]],
    );
  });

  it('gives the same share to the state named in "the same as that of"', () => {
    assert.deepEqual(
      shares('Israel held 2.4 per cent of world arms exports, the same as that of Spain, in 2019-23.'),
      [
        ['ISR', 'exporter', null, 2.4, 2019, 2023],
        ['ESP', 'exporter', null, 2.4, 2019, 2023],
      ],
    );
  });

  it('gives a share in words a null percentage', () => {
    for (const words of [
      'almost three-quarters',
      'nearly half',
      'two-thirds',
      'the bulk',
      'the lion’s share',
      'more than half',
    ]) {
      assert.deepEqual(shares(`The US supplied ${words} of Qatar’s arms imports in 2019-23.`), [
        ['QAT', 'importer', 'USA', null, 2019, 2023],
      ]);
    }
  });

  it('reads "received N per cent of its arms from X" as the receiver’s imports', () => {
    assert.deepEqual(shares('Kuwait received 64 per cent of its arms from the United States.'), [
      ['KWT', 'importer', 'USA', 64, null, null],
    ]);
  });

  it('resolves "its share" in a later clause to the sentence subject', () => {
    assert.deepEqual(
      shares(
        'China remained Algeria’s second supplier, but its share of Algerian imports fell to 13 per cent.',
      ),
      [['DZA', 'importer', 'CHN', 13, null, null]],
    );
  });

  it('reads "the five years to 2024" and "over the past five years" as periods', () => {
    assert.deepEqual(
      shares('Norway accounted for 1.1 per cent of global arms exports in the five years to 2024.'),
      [['NOR', 'exporter', null, 1.1, 2020, 2024]],
    );
    assert.deepEqual(
      shares('Norway accounted for 1.1 per cent of global arms exports over the past five years.'),
      [['NOR', 'exporter', null, 1.1, 2019, 2023]],
    );
  });

  it('carries the period of an earlier statement to one that gives none', () => {
    assert.deepEqual(
      shares(
        'Japan took 4.1 per cent of world arms imports in 2019-23. South Korea was next with 3.1 per cent of the total.',
      ),
      [
        ['JPN', 'importer', null, 4.1, 2019, 2023],
        ['KOR', 'importer', null, 3.1, 2019, 2023],
      ],
    );
  });

  it('merges a headline and the sentence that repeats its figure', () => {
    const facts = extractFacts({
      id: 't',
      date: '2024-03-11',
      title: null,
      text: 'US share of global arms exports grows to 42 per cent\n\nThe US accounted for 42 per cent of global arms exports in 2019-23.',
    });
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.evidence.length, 2);
  });

  it('reads "supplier to Y" as Y’s imports and "recipient of X arms" as X’s exports', () => {
    assert.deepEqual(shares('France was the largest supplier to Qatar, accounting for 39 per cent.'), [
      ['QAT', 'importer', 'FRA', 39, null, null],
    ]);
    assert.deepEqual(shares('Egypt was the largest recipient of German arms, taking 18 per cent.'), [
      ['DEU', 'exporter', 'EGY', 18, null, null],
    ]);
  });

  it('reads "of the total" after "Y’s imports from X" and "deliveries to Y" as Y’s imports', () => {
    assert.deepEqual(shares('Greece’s imports from France made up 41 per cent of the total.'), [
      ['GRC', 'importer', 'FRA', 41, null, null],
    ]);
    assert.deepEqual(shares('Italy accounted for 12 per cent of arms deliveries to Qatar.'), [
      ['QAT', 'importer', 'ITA', 12, null, null],
    ]);
  });

  it('names the research body near the statement as its source, by its acronym', () => {
    const [fact] = extractFacts({
      id: 't',
      date: '2024-03-11',
      title: null,
      text: 'Figures come from the International Institute for Strategic Studies (IISS). Spain accounted for 2.7 per cent of global arms exports.',
    });
    assert.equal(fact?.type === 'share' && fact.source, 'IISS');
  });

  it('gives no share for a change, a combined figure or a ranking', () => {
    assert.deepEqual(shares('Arms imports by Asian states rose by 12 per cent between the two periods.'), []);
    assert.deepEqual(shares('Brazil’s arms exports saw a 40 per cent rise in 2019-23.'), []);
    assert.deepEqual(
      shares('Together, the US and France accounted for 53 per cent of global arms exports.'),
      [],
    );
    assert.deepEqual(shares('The largest exporters were the US, France, Russia, China and Germany.'), []);
    assert.deepEqual(
      shares('Russia’s arms exports fell while its defence budget reached 6 per cent of GDP.'),
      [],
    );
  });
});
