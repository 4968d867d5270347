import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimes, parseArticleDate } from '../../src/extract/dates.ts';
import { type ExtractInput, extractFacts } from '../../src/extract/index.ts';
import { digitValue, readNumber, wordValue } from '../../src/extract/numbers.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import type { Fact } from '../../src/model/index.ts';

/** A fact without its evidence, still discriminated by `type`. */
type Bare = { [K in Fact['type']]: Omit<Extract<Fact, { type: K }>, 'evidence'> }[Fact['type']];

/** The facts of a short text, evidence left out. */
function read(text: string, date: string | null = '2020-06-15'): Bare[] {
  const article: ExtractInput = { id: 't', date, title: null, text };
  return extractFacts(article).map(({ evidence: _evidence, ...fact }) => fact as Bare);
}

function transfers(text: string, date?: string | null) {
  return read(text, date).filter((f) => f.type === 'transfer');
}

function yearsIn(text: string, date: string | null): [number, number][] {
  const { tokens, sentences } = tokenize(text);
  return findTimes(tokens, sentences[0]!, text, parseArticleDate(date), true).map((t) => [t.start, t.end]);
}

describe('numbers', () => {
  it('reads digits with separators and multipliers', () => {
    assert.equal(digitValue('50,000'), 50_000);
    assert.equal(digitValue('23bn'), 23_000_000_000);
    assert.equal(wordValue('three'), 3);
    assert.equal(wordValue('twenty-four'), 24);
    assert.equal(wordValue('dozens'), null);
  });

  it('tells money from a count', () => {
    const { tokens } = tokenize('a $24 million contract for 150 million cartridges');
    assert.equal(readNumber(tokens, 2)?.money, true);
    const cartridges = readNumber(tokens, 6);
    assert.equal(cartridges?.value, 150_000_000);
    assert.equal(cartridges?.money, false);
  });

  it('takes the quantity written before the weapon, over its modifiers', () => {
    const [fact] = transfers('Egypt signed a deal with France on Tuesday to buy 30 new Rafale fighter jets.');
    assert.equal(fact?.type === 'transfer' && fact.quantity, 30);
  });

  it('leaves a vague amount null and reads "a dozen" as 12', () => {
    const [vague] = transfers('Azerbaijan bought dozens of Bayraktar TB2 drones from Turkey in 2020.');
    assert.equal(vague?.type === 'transfer' && vague.quantity, null);
    const [dozen] = transfers('Kenya ordered a dozen AW139 helicopters from Italy in 2019.');
    assert.equal(dozen?.type === 'transfer' && dozen.quantity, 12);
  });
});

describe('designations', () => {
  it('finds catalogue designations and unseen ones by their shape beside a kind word', () => {
    const facts = transfers(
      'Serbia ordered TOR-M2KM air defence systems and J-10CE fighter jets from China in 2019.',
    );
    const systems = facts.map((f) => f.type === 'transfer' && f.system);
    assert.ok(systems.includes('J-10CE'), `got ${systems.join(', ')}`);
    assert.ok(systems.includes('TOR-M2KM'), `got ${systems.join(', ')}`);
  });

  it('keeps a block number and drops a plural s', () => {
    const [block] = transfers('The US approved the sale of 8 F-16V Block 70 jets to Bulgaria in 2022.');
    assert.equal(block?.type === 'transfer' && block.system, 'F-16V Block 70');
    const [plural] = transfers('Qatar bought six TB2s from Turkey in 2018.');
    assert.equal(plural?.type === 'transfer' && plural.system, 'TB2');
  });

  it('reads a kind word alone as a category with no system', () => {
    const [fact] = transfers('Armenia acquired artillery from Russia in 2019.');
    assert.deepEqual(
      fact && {
        system: fact.type === 'transfer' && fact.system,
        category: fact.type === 'transfer' && fact.category,
      },
      {
        system: null,
        category: 'artillery',
      },
    );
  });
});

describe('dates', () => {
  it('resolves last year, this year and years ago against the article date', () => {
    assert.deepEqual(yearsIn('It happened last year.', '2020-07-09'), [[2019, 2019]]);
    assert.deepEqual(yearsIn('It happens this year.', '2020-07-09'), [[2020, 2020]]);
    assert.deepEqual(yearsIn('It was signed four years ago.', '2020-07-09'), [[2016, 2016]]);
  });

  it('reads periods: ranges and the past five years', () => {
    assert.deepEqual(yearsIn('Imports grew in 2019-23.', '2024-03-11'), [[2019, 2023]]);
    assert.deepEqual(yearsIn('Over the past 5 years imports grew.', '2020-07-09'), [[2015, 2019]]);
  });

  it('resolves days and months with chrono against the article date', () => {
    assert.deepEqual(yearsIn('Romania signed on Nov. 29th.', '2018-04-03'), [[2017, 2017]]);
  });

  it('resolves no relative time in an article without a date', () => {
    assert.deepEqual(yearsIn('It happened last year.', null), []);
    const [fact] = transfers('Nigeria received 12 A-29 aircraft from the United States last year.', null);
    assert.equal(fact?.type === 'transfer' && fact.year, null);
  });
});

describe('statuses', () => {
  const statusOf = (text: string) => transfers(text).map((f) => f.type === 'transfer' && f.status);

  it('reads talks, approvals, orders, deliveries and cancellations', () => {
    assert.deepEqual(statusOf('Argentina is in talks with China over JF-17 fighter jets.'), ['negotiating']);
    assert.deepEqual(statusOf('The US State Department has approved the sale of 40 F-16 jets to Turkey.'), [
      'approved',
    ]);
    assert.deepEqual(statusOf('Poland signed a contract with South Korea for 180 K2 tanks.'), ['ordered']);
    assert.deepEqual(statusOf('Turkey received the first S-400 systems from Russia on Friday.'), [
      'delivered',
    ]);
    assert.deepEqual(statusOf('Indonesia has cancelled its order for Su-35 fighter jets from Russia.'), [
      'cancelled',
    ]);
  });

  it('reads a notified possible sale as approved, a letter of intent as talks, a donation as a delivery', () => {
    assert.deepEqual(
      statusOf('Washington notified Congress of a possible sale of 18 AH-64E helicopters to Morocco.'),
      ['approved'],
    );
    assert.deepEqual(statusOf('Saudi Arabia signed a letter of intent to buy 100 T-90 tanks from Russia.'), [
      'negotiating',
    ]);
    assert.deepEqual(statusOf('The Netherlands donated 18 F-16 jets to Ukraine.'), ['delivered']);
  });

  it('reads a threatened cancellation as no cancellation', () => {
    assert.deepEqual(
      statusOf('The US warned of repercussions, including cancelling the sale of F-35 jets to Turkey.'),
      ['ordered'],
    );
  });

  it('dates a current signing to the article and a bare past to nothing', () => {
    const [now] = transfers('Egypt has signed a contract with France for 30 Rafale jets.');
    assert.equal(now?.type === 'transfer' && now.year, 2020);
    const [past] = transfers('The US offered F-16 jets to Indonesia.');
    assert.equal(past?.type === 'transfer' && past.year, null);
  });
});

describe('context carry', () => {
  it('gives the listed weapons the parties, status and year of the sentence before', () => {
    const facts = transfers(
      'Last year, Armenia acquired weapons from Russia. They purchased Su-30SM fighter aircraft and artillery.',
      '2020-07-09',
    );
    assert.equal(facts.length, 2);
    for (const f of facts) {
      assert.ok(f.type === 'transfer');
      assert.deepEqual([f.supplier, f.recipient, f.status, f.year], ['RUS', 'ARM', 'delivered', 2019]);
    }
  });

  it('takes the supplier from a selling company', () => {
    const [fact] = transfers(
      'Hanwha Aerospace signed a contract on Tuesday to supply 18 K9 howitzers to Australia.',
    );
    assert.equal(fact?.type === 'transfer' && fact.supplier, 'KOR');
  });
});

describe('lists and unnamed buyers', () => {
  it('reads each item of a bulleted list with the status and year of its introduction', () => {
    const facts = transfers(
      'Estonia received the following deliveries in 2022:\n- 6 HIMARS launchers from the United States\n- 12 CV90 vehicles from Sweden',
      '2023-01-10',
    );
    assert.deepEqual(
      facts.map(
        (f) => f.type === 'transfer' && [f.supplier, f.recipient, f.system, f.quantity, f.status, f.year],
      ),
      [
        ['USA', 'EST', 'HIMARS', 6, 'delivered', 2022],
        ['SWE', 'EST', 'CV90', 12, 'delivered', 2022],
      ],
    );
  });

  it('keeps a sale to an undisclosed customer with a null recipient', () => {
    const [fact] = transfers(
      'Israel’s Elbit Systems won a $300 million contract to supply artillery to an undisclosed Asian country.',
    );
    assert.deepEqual(fact && fact.type === 'transfer' && [fact.supplier, fact.recipient, fact.status], [
      'ISR',
      null,
      'ordered',
    ]);
  });
});

describe('negation and denial', () => {
  it('gives no transfer from a denied report', () => {
    assert.deepEqual(read('Iran denied claims that it had supplied drones to Russia.'), []);
  });

  it('gives no transfer from a negated delivery', () => {
    assert.deepEqual(transfers('Chad has not received any tanks from Israel since 2015.'), []);
  });

  it('reads a surname as a person, not as the weapon of the same name', () => {
    assert.deepEqual(
      transfers('Prime Minister Imran Khan visited the base. Khan thanked China for providing the jets.'),
      [],
    );
  });

  it('gives no transfer from observers speculating', () => {
    assert.deepEqual(transfers('Experts believe Serbia could buy Rafale jets from France.'), []);
  });
});

describe('holding is not buying', () => {
  it('reads arms in service and in use as no transfer', () => {
    assert.deepEqual(read("Serbia's arsenal is full of Russian-made T-72 tanks."), []);
    assert.deepEqual(read('Egyptian Mirage jets flew over the parade.'), []);
  });

  it('does not trade the old equipment a purchase replaces', () => {
    const facts = transfers(
      'Indonesia signed a deal in 2018 to replace its F-5 jets with Su-35 fighter jets from Russia.',
    );
    assert.deepEqual(
      facts.map((f) => f.type === 'transfer' && f.system),
      ['Su-35'],
    );
  });
});

describe('production versus transfer', () => {
  it('reads licensed production with a monthly capacity as production, not a transfer', () => {
    const facts = read(
      'Egypt has started producing K9 howitzers under licence from South Korea, 10 a month.',
      '2023-05-15',
    );
    assert.deepEqual(facts, [
      {
        type: 'production',
        country: 'EGY',
        producer: null,
        system: 'K9',
        category: 'artillery',
        licensor: 'KOR',
        capacity_per_year: 120,
        status: 'active',
        year: 2023,
      },
    ]);
  });

  it('reads a co-production agreement as planned production in the partner country', () => {
    const facts = read(
      'Ankara and Kyiv signed an agreement for the co-production of Bayraktar TB2 drones in Ukraine.',
    );
    assert.deepEqual(
      facts.map((f) => f.type === 'production' && [f.country, f.system, f.licensor, f.status]),
      [['UKR', 'Bayraktar TB2', 'TUR', 'planned']],
    );
  });

  it('gives no production for the maker of a traded weapon', () => {
    const facts = read('India received Rafale jets manufactured by Dassault in 2020.');
    assert.ok(facts.every((f) => f.type !== 'production'));
  });

  it('reads home-made arms delivered to the home army as production', () => {
    const facts = read(
      'The Ara 2 armoured vehicles are being delivered to the Nigerian Army by Nigeria’s Proforce.',
    );
    assert.deepEqual(
      facts.map((f) => f.type),
      ['production'],
    );
  });
});

describe('shares', () => {
  it('reads a partner share of imports with its period and source', () => {
    const facts = read(
      'SIPRI says Russia accounted for 46 per cent of India’s arms imports in 2017-21.',
      '2022-03-14',
    );
    assert.deepEqual(facts, [
      {
        type: 'share',
        subject: 'IND',
        role: 'importer',
        counterpart: 'RUS',
        share_pct: 46,
        period_start: 2017,
        period_end: 2021,
        source: 'SIPRI',
      },
    ]);
  });

  it('reads a share in words as a null percentage', () => {
    const [fact] = read(
      'Almost all weapons imports to Armenia came from Russia over the past five years.',
      '2020-07-09',
    );
    assert.equal(fact?.type === 'share' && fact.share_pct, null);
  });

  it('reads a list of partners after the exporter as its counterparts', () => {
    const facts = read(
      'Russia’s arms exports went mainly to India (34%) and China (21%) in 2019-23.',
      '2024-03-11',
    );
    assert.deepEqual(
      facts.map((f) => f.type === 'share' && [f.subject, f.role, f.counterpart, f.share_pct]),
      [
        ['RUS', 'exporter', 'IND', 34],
        ['RUS', 'exporter', 'CHN', 21],
      ],
    );
  });

  it('reads "its imports" as the imports of the state the sentence before spoke of', () => {
    const facts = read(
      'India was the top importer in 2019-23 with 9.8 per cent of global imports. Russia accounted for 36 per cent of its imports.',
      '2024-03-11',
    );
    const partner = facts.find((f) => f.type === 'share' && f.counterpart !== null);
    assert.deepEqual(
      partner && partner.type === 'share' && [partner.subject, partner.counterpart, partner.share_pct],
      ['IND', 'RUS', 36],
    );
  });

  it('gives no share for a ranking or a change', () => {
    assert.deepEqual(read('Germany’s arms exports decreased by 43 per cent between 2015 and 2019.'), []);
    assert.deepEqual(read('The top suppliers were the USA, Russia and France.'), []);
  });
});

describe('merging', () => {
  it('keeps repeated mentions of one delivery as one fact with two evidence spans', () => {
    const article: ExtractInput = {
      id: 'm',
      date: '2019-07-12',
      title: null,
      text: 'Turkey received the first S-400 systems from Russia on Friday. The S-400 systems were delivered to Murted air base.',
    };
    const facts = extractFacts(article);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.evidence.length, 2);
  });

  it('keeps an order and a delivery of one deal as two facts', () => {
    const facts = transfers(
      'India ordered 36 Rafale jets from France in 2016. The first five Rafale jets arrived in 2020.',
    );
    assert.deepEqual(
      facts.map((f) => f.type === 'transfer' && [f.status, f.quantity, f.year]),
      [
        ['ordered', 36, 2016],
        ['delivered', 5, 2020],
      ],
    );
  });

  it('sums variants bought together', () => {
    const [fact] = transfers(
      'The US approved the sale of 10 F-16C jets and two F-16D jets to the Philippines in 2021.',
    );
    assert.equal(fact?.type === 'transfer' && fact.quantity, 12);
  });
});
