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

/** Supplier, recipient, system, quantity, status and year of each transfer, in one line each. */
function lines(text: string, date?: string | null): string[] {
  return transfers(text, date).map((f) =>
    f.type === 'transfer'
      ? `${f.supplier}>${f.recipient} ${f.system ?? `[${f.category}]`} q=${f.quantity} ${f.status} ${f.year}`
      : '',
  );
}

describe('statuses on the buyer side and in words', () => {
  it('reads a buyer approving its own purchase as an order', () => {
    assert.deepEqual(
      lines(
        'The Defence Acquisition Council of Brazil approved the purchase of 12 Caesar howitzers from France.',
      ),
      ['FRA>BRA Caesar q=12 ordered 2020'],
    );
  });

  it('reads a selection as talks', () => {
    assert.deepEqual(lines('The Colombian air force selected the Gripen E from Sweden last year.'), [
      'SWE>COL Gripen E q=null negotiating 2019',
    ]);
  });

  it('reads the cancellation of an earlier award as a cancellation and the dated award as an order', () => {
    assert.deepEqual(
      lines('Norway has cancelled a contract awarded in 2018 for 14 K9 howitzers from South Korea.'),
      ['KOR>NOR K9 q=14 cancelled 2020', 'KOR>NOR K9 q=14 ordered 2018'],
    );
  });

  it('reads terminated, revoked and called off as cancellations', () => {
    assert.equal(
      lines('Chile revoked the purchase of 40 Spike missiles from Israel.')[0],
      'ISR>CHL Spike q=40 cancelled 2020',
    );
    assert.equal(
      lines('Peru has called off the purchase of 10 Mi-17 helicopters from Russia.')[0]?.includes(
        'cancelled',
      ),
      true,
    );
  });

  it('keeps deliveries that are due to begin later from becoming deliveries', () => {
    assert.deepEqual(
      lines('Deliveries of 12 Rafale jets from France to Serbia are due to begin in 2028.'),
      [],
    );
  });
});

describe('denials in words', () => {
  it('drops a report called not corresponding to reality', () => {
    assert.deepEqual(
      lines(
        'The ministry called reports that Belarus delivered S-300 systems to Iran not corresponding to reality.',
      ),
      [],
    );
  });

  it('drops a report rejected as groundless', () => {
    assert.deepEqual(
      lines('Officials called the report that Iran supplied Shahed drones to Sudan groundless.'),
      [],
    );
  });
});

describe('carriers and cargo', () => {
  it('does not trade the aircraft that carries the cargo', () => {
    assert.deepEqual(
      lines('A C-17 of the Indian air force landed in Manila carrying launchers for the BrahMos batteries.'),
      [],
    );
  });

  it('does not trade transport aircraft that landed with a shipment', () => {
    const facts = lines(
      'Serbia took delivery of a shipment of weapons from China after six Y-20 transport aircraft landed in Belgrade.',
    );
    assert.equal(
      facts.some((f) => f.includes('Y-20')),
      false,
    );
  });
});

describe('who sells, from the sentence structure', () => {
  it('does not give a "from" of an earlier clause to a weapon bought under another verb', () => {
    const facts = lines('Poland ordered K2 tanks from South Korea and has also bought HIMARS from the US.');
    assert.deepEqual(
      facts.map((f) => f.split(' ').slice(0, 2).join(' ')),
      ['KOR>POL K2', 'USA>POL HIMARS'],
    );
  });

  it('makes the donor, not the design origin, the supplier', () => {
    assert.deepEqual(lines('Slovakia donated 13 Soviet-designed MiG-29 fighters to Ukraine in 2019.'), [
      'SVK>UKR MiG-29 q=13 delivered 2019',
    ]);
    assert.deepEqual(lines('Slovakia donated 13 Russian-made MiG-29 fighters to Ukraine in 2019.'), [
      'SVK>UKR MiG-29 q=13 delivered 2019',
    ]);
  });

  it('takes the state the text gives for a company over the company table', () => {
    const { tokens, sentences } = tokenize('Airbus Defence and Space of Spain delivered the aircraft.');
    const facts = lines('Chile ordered two C295 aircraft from Airbus Defence and Space of Spain in 2019.');
    assert.equal(sentences.length, 1);
    assert.ok(tokens.length > 0);
    assert.deepEqual(facts, ['ESP>CHL C295 q=2 ordered 2019']);
  });

  it('does not make the maker of a rival weapon the buyer of another', () => {
    assert.deepEqual(lines("Malaysia weighed offers of India's Tejas and Turkey's Hurjet jets."), [
      'IND>MYS Tejas q=null negotiating 2020',
      'TUR>MYS Hurjet q=null negotiating 2020',
    ]);
  });

  it('does not read the media of a state as a party', () => {
    assert.deepEqual(
      lines('Turkish media reported that Azerbaijan was negotiating for 40 JF-17 jets from Pakistan.'),
      ['PAK>AZE JF-17 q=40 negotiating null'],
    );
  });

  it('reads "to the side of" a state as the recipient', () => {
    assert.deepEqual(lines('Two Bayraktar Akinci drones were transferred to the side of Mali in 2019.'), [
      'TUR>MLI Bayraktar Akinci q=2 delivered 2019',
    ]);
  });

  it('reads the partners a seller speaks of as the buyer', () => {
    assert.deepEqual(
      lines('Russia says negotiations are held with the Algerian partners on Su-57 fighters.'),
      ['RUS>DZA Su-57 q=null negotiating null'],
    );
  });

  it('keeps the seller the article gave for a variant of the design', () => {
    const facts = lines(
      'Azerbaijan signed a contract to buy JF-17C Block III fighters from Pakistan in 2019. Nigeria took delivery of three JF-17s in 2018.',
    );
    assert.ok(facts.includes('PAK>NGA JF-17 q=3 delivered 2018'), facts.join('\n'));
  });
});

describe('quantities in parts and ordinals', () => {
  it('reads "four of the" as the count', () => {
    assert.deepEqual(lines('Egypt received four of the FREMM frigates from Italy in 2019.'), [
      'ITA>EGY FREMM q=4 delivered 2019',
    ]);
  });

  it('reads "a second" and "its first" as one unit', () => {
    assert.equal(
      lines('Germany delivered a second IRIS-T system to Ukraine in 2019.')[0],
      'DEU>UKR IRIS-T q=1 delivered 2019',
    );
    assert.equal(
      lines('Hungary received its first C-390 from Brazil in 2019.')[0],
      'BRA>HUN C-390 q=1 delivered 2019',
    );
  });

  it('reads a count ending in a multiplier and skips a calibre', () => {
    assert.deepEqual(lines('Spain bought 15 million rounds from Israel in 2019.'), [
      'ISR>ESP [ammunition] q=15000000 ordered 2019',
    ]);
    assert.deepEqual(lines('Poland ordered 3,000 155mm shells from Korea in 2019.'), [
      'KOR>POL 155mm q=3000 ordered 2019',
    ]);
  });

  it('reads "six more" as a second deal for the weapon just named, with its own year', () => {
    assert.deepEqual(
      lines('Nigeria bought 12 A-29 Super Tucano aircraft from the US in 2017 and added six more in 2019.'),
      ['USA>NGA A-29 q=12 ordered 2017', 'USA>NGA A-29 q=6 ordered 2019'],
    );
  });
});

describe('relative clauses', () => {
  it('reads the verb of a relative clause after the weapon as its trigger', () => {
    assert.deepEqual(lines('Serbia showed the Pantsir-S1 system that it bought from Russia in 2018.'), [
      'RUS>SRB Pantsir-S1 q=null ordered 2018',
    ]);
  });

  it('dates a delivery told in a relative clause by the time inside it', () => {
    const text = 'The S-400 system, which Turkey received from Russia in July 2019, was shown at the parade.';
    assert.deepEqual(lines(text), ['RUS>TUR S-400 q=null delivered 2019']);
  });
});

describe('the buyer of the sentence before', () => {
  it('takes the one state the sentence before was about as the buyer of a seller-only sentence', () => {
    const text =
      'The two transport planes were inducted into the Hungarian Air Force on Monday. The C-390 aircraft were ordered from Brazil in 2019.';
    assert.deepEqual(lines(text), ['BRA>HUN C-390 q=null ordered 2019']);
  });

  it('takes the state the article is about as the buyer where the sentence before named none', () => {
    const text =
      'Nigeria is expanding its air force. The chief spoke at a parade on Monday. He said the service took delivery of 12 A-29 Super Tucano aircraft from the United States in 2019.';
    assert.deepEqual(lines(text), ['USA>NGA A-29 q=12 delivered 2019']);
    assert.deepEqual(lines(text.slice(text.indexOf('The chief'))), []);
  });
});

describe('bare counts of the weapon just named', () => {
  it('reads "and Togo received three the same year" as a delivery to Togo', () => {
    assert.deepEqual(
      lines(
        'Niger took delivery of six Bayraktar TB2 drones in 2018, and Togo received three the same year.',
      ),
      ['TUR>NER Bayraktar TB2 q=6 delivered 2018', 'TUR>TGO Bayraktar TB2 q=3 delivered 2018'],
    );
  });

  it('reads "and ordered 48 in 2019" as an order of the same weapon', () => {
    assert.deepEqual(lines('Poland received 24 K9 howitzers in 2018 and ordered 48 in 2019.'), [
      'KOR>POL K9 q=24 delivered 2018',
      'KOR>POL K9 q=48 ordered 2019',
    ]);
  });
});

describe('relative days and weeks', () => {
  it('does not read the number of a designation as a year', () => {
    assert.deepEqual(yearsIn('Hungary ordered 24 PzH 2000 howitzers in 2018.', '2020-01-01'), [[2018, 2018]]);
  });

  it('dates "last week" and "in the past month" by the article', () => {
    assert.deepEqual(yearsIn('Last week, Hungary received tanks.', '2020-01-03'), [[2019, 2019]]);
    assert.deepEqual(yearsIn('In the past month, Hungary received tanks.', '2020-06-15'), [[2020, 2020]]);
  });

  it('does not read "2015 and 30" as a range of years', () => {
    assert.deepEqual(yearsIn('Egypt ordered 24 jets in 2015 and 30 more in 2021.', '2022-01-01'), [
      [2015, 2015],
      [2021, 2021],
    ]);
  });
});

describe('bulleted lists with the seller in the introduction', () => {
  it('gives each item the seller and buyer of the introduction', () => {
    const facts = lines(
      'Germany has delivered to Ukraine in 2019:\n- 7 Gepard\n- 4 Bergepanzer 2\n- 10 Dingo',
    );
    assert.deepEqual(facts, [
      'DEU>UKR Gepard q=7 delivered 2019',
      'DEU>UKR Bergepanzer 2 q=4 delivered 2019',
      'DEU>UKR Dingo q=10 delivered 2019',
    ]);
  });

  it('names an item by the capitalised words before its kind word', () => {
    assert.deepEqual(lines('Germany has delivered to Ukraine in 2019:\n- 5 MARS II rocket launchers'), [
      'DEU>UKR MARS II q=5 delivered 2019',
    ]);
  });
});

describe('observers, reports and use', () => {
  it('drops a purchase that observers call unlikely', () => {
    assert.equal(lines('Vietnam purchase set for 12 Gripen fighters from Sweden.').length, 1);
    assert.deepEqual(lines('Vietnam purchase unlikely for 12 Gripen fighters from Sweden.'), []);
  });

  it('drops a reported deal in an article where a party denies it', () => {
    const text =
      'Iran reportedly agreed to buy Su-35 fighters from Russia. The Russian ministry rejected the reports as baseless.';
    assert.equal(lines('Iran reportedly agreed to buy Su-35 fighters from Russia.').length, 1);
    assert.deepEqual(lines(text), []);
  });

  it('reads arms fired as use, not as a transfer', () => {
    assert.equal(
      lines('Since the shells arrived, Ukrainian gunners stock 155mm shells from Germany.').length,
      1,
    );
    assert.deepEqual(
      lines('Since the shells arrived, Ukrainian gunners fire 155mm shells from Germany every day.'),
      [],
    );
  });
});

describe('datelines', () => {
  it('never reads the place a story was filed from as a party', () => {
    for (const line of ['OSLO - ', 'ROME, June 2 (Reuters) - ', 'LIMA: ', 'Riga, 4 July — ']) {
      const [fact] = transfers(`${line}Chile took delivery of 6 K9 howitzers from South Korea in 2019.`);
      assert.equal(fact?.type === 'transfer' && fact.recipient, 'CHL', line);
    }
  });

  it('does not date an event by the day in the dateline', () => {
    const [fact] = transfers(
      'Riga, 4 July 2015 — Chile has received 6 K9 howitzers from South Korea.',
      '2020-07-04',
    );
    assert.equal(fact?.type === 'transfer' && fact.year, 2020);
  });
});

describe('groups placed by their state', () => {
  it('reads "Lebanon\'s Hezbollah" as the group, not the state', () => {
    const [fact] = transfers("Lebanon's Hezbollah obtained Kornet missiles from Iran in 2006.");
    assert.equal(fact?.type === 'transfer' && fact.recipient, 'non-state:Hezbollah');
  });

  it('reads "X supplied Y with" after a state name as the verb, not "X-supplied"', () => {
    const [fact] = transfers("Iran supplied Yemen's Houthi movement with Quds-1 missiles in 2019.");
    assert.deepEqual(fact?.type === 'transfer' && [fact.supplier, fact.recipient], [
      'IRN',
      'non-state:Houthis',
    ]);
  });
});

describe('passive with an agent', () => {
  it('takes the seller from "by" after the destination of a passive verb', () => {
    const [fact] = transfers('Ten M109 howitzers were supplied to Latvia by Norway in 2021.');
    assert.deepEqual(fact?.type === 'transfer' && [fact.supplier, fact.recipient], ['NOR', 'LVA']);
  });

  it('leaves a weapon in another clause to its own seller', () => {
    const facts = transfers(
      'Pakistan received J-10C jets in 2022, years after F-16s provided by the US were inducted.',
    );
    const j10 = facts.find((f) => f.type === 'transfer' && f.system === 'J-10C');
    assert.equal(j10?.type === 'transfer' && j10.supplier, 'CHN');
  });
});

describe('talks with the other side after "with"', () => {
  it('reads the partner of a buyer in talks as the seller, over the catalogue origin', () => {
    const [fact] = transfers('Peru is in talks with Jordan to buy 12 F-16 jets.');
    assert.deepEqual(fact?.type === 'transfer' && [fact.supplier, fact.recipient], ['JOR', 'PER']);
  });

  it('reads the partners of a seller negotiating sales as the buyers', () => {
    const facts = transfers('India is negotiating BrahMos sales with Vietnam and Indonesia.');
    const pairs = facts.map((f) => f.type === 'transfer' && `${f.supplier}>${f.recipient}`).sort();
    assert.deepEqual(pairs, ['IND>IDN', 'IND>VNM']);
  });
});

describe('counts of units of a weapon', () => {
  it('reads "ten batteries of the Cheongung-II" as ten', () => {
    const [fact] = transfers('South Korea delivered ten batteries of the Cheongung-II to Iraq in 2024.');
    assert.equal(fact?.type === 'transfer' && fact.quantity, 10);
  });
});

describe('participles that only describe the weapon', () => {
  it('reads "howitzers ordered under the contract were handed over" as a delivery', () => {
    const [fact] = transfers(
      'All 24 K9 howitzers ordered under the contract were handed over to Norway in 2019.',
    );
    assert.deepEqual(fact?.type === 'transfer' && [fact.status, fact.quantity, fact.year], [
      'delivered',
      24,
      2019,
    ]);
  });
});

describe('a delivered part of an order in the same sentence', () => {
  it('adds the delivery of "the first 18" beside the order of 218', () => {
    const facts = transfers(
      'Norway ordered 218 Chunmoo launchers from South Korea in 2018; the first 18 were delivered in May 2019.',
    );
    const seen = facts.map((f) => f.type === 'transfer' && `${f.status} ${f.quantity} ${f.year}`).sort();
    assert.deepEqual(seen, ['delivered 18 2019', 'ordered 218 2018']);
  });
});

describe('the whole order a delivered part belongs to', () => {
  it('adds the order of "a batch of 25 agreed the previous year"', () => {
    const facts = transfers(
      'Serbia received its first J-10CE from China in 2019, part of a batch of 25 agreed the previous year.',
    );
    const seen = facts.map((f) => f.type === 'transfer' && `${f.status} ${f.quantity} ${f.year}`).sort();
    assert.deepEqual(seen, ['delivered 1 2019', 'ordered 25 2018']);
  });
});

describe('the rest of an order still to come', () => {
  it('adds no order for "the remaining seven jets would arrive"', () => {
    const facts = transfers(
      'Chile ordered eight F-16 Block 70 jets from the United States in 2019. The remaining seven jets from the first order would arrive by the end of the year.',
    );
    assert.deepEqual(
      facts.map((f) => f.type === 'transfer' && `${f.status} ${f.quantity}`),
      ['ordered 8'],
    );
  });

  it('dates the arrival of "the first 18" by a time after its place', () => {
    const facts = transfers(
      'Norway ordered 218 Chunmoo launchers in 2018, and the first 18 arrived at the port of Oslo in May 2019.',
    );
    const delivered = facts.find((f) => f.type === 'transfer' && f.status === 'delivered');
    assert.equal(delivered?.type === 'transfer' && delivered.year, 2019);
  });
});

describe('unseen variants of a catalogue designation', () => {
  it('names "Leopard 2A7HU" as written, with the family\'s origin and category', () => {
    const [fact] = transfers('Hungary ordered 44 Leopard 2A7HU tanks in 2018.');
    assert.deepEqual(fact?.type === 'transfer' && [fact.system, fact.supplier, fact.category], [
      'Leopard 2A7HU',
      'DEU',
      'armoured-vehicles',
    ]);
  });
});

describe('a deal for part of the weapon named before', () => {
  it('reads "a contract for 216 of the tracked guns" as 216 of the designation before', () => {
    const facts = transfers(
      'Peru will assemble K9 howitzers. Peru signed a contract with Hanwha in 2019 for 216 of the tracked guns.',
    );
    const order = facts.find((f) => f.type === 'transfer' && f.status === 'ordered');
    assert.equal(order?.type === 'transfer' && order.quantity, 216);
  });
});

describe('the buyer of a seller-only clause', () => {
  it('ignores a group named in a later clause when it takes the buyer of the sentence before', () => {
    const facts = transfers(
      'The Nigerian Air Force keeps growing. The service took delivery of 12 A-29 aircraft from the United States in 2019, and the planes flew missions against Boko Haram.',
    );
    assert.deepEqual(
      facts.map((f) => f.type === 'transfer' && `${f.supplier}>${f.recipient}`),
      ['USA>NGA'],
    );
  });

  it('adds the delivered part told after an order of a weapon the catalogue lacks by kind', () => {
    const facts = transfers(
      'Hanwha will supply 72 Chunmoo rocket launchers to Norway. Under the first contract, signed in 2018, Norway ordered 218 launchers, and the first 18 arrived in 2019.',
    );
    assert.ok(facts.some((f) => f.type === 'transfer' && f.status === 'delivered' && f.quantity === 18));
  });
});

describe('service and degree, not transfer', () => {
  it('reads "the most widely exported howitzer, in service with ten countries" as no delivery', () => {
    const facts = transfers(
      'Egypt ordered K9 howitzers from South Korea in 2019. The K9 is the most widely exported self-propelled howitzer of its class, in service with ten countries.',
    );
    assert.deepEqual(
      facts.map((f) => f.type === 'transfer' && f.status),
      ['ordered'],
    );
  });
});
