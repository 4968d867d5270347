import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSipri } from '../../src/cli/import-sipri.ts';
import type { Article, Fact } from '../../src/model/index.ts';
import { ingestBatch } from '../../src/pipeline/ingest.ts';
import { refreshRegister } from '../../src/pipeline/resolve.ts';
import type { Store } from '../../src/store/index.ts';
import { production, share, spanOf, transfer } from '../support/facts.ts';

/** The clock of the fixture's ingest and resolution. */
export const FIXTURE_NOW = new Date('2024-01-01T00:00:00.000Z');

/** A fixture article with the facts to store for it; evidence is given as quoted phrases of the text. */
interface FixtureArticle {
  article: Pick<Article, 'id' | 'date' | 'title' | 'text'> & { url?: string };
  facts: Fact[];
}

const RAFALE_TEXT = `Paris, 3 March. The Indian Air Force has signed for 36 Rafale fighters built by Dassault, officials said on Monday.

The first five jets of the order are to land at Ambala before the monsoon. Delhi also ordered Meteor missiles for the fleet.

Analysts in Bangalore note that France supplied 29 per cent of India's arms imports over the five years to 2019.`;

const ARMENIA_TEXT = `Yerevan, 9 July. Armenia received Su-30SM fighters and Tor-M2KM air defence systems from Russia last year, the defence ministry said.

A plant near Yerevan now assembles AK-103 rifles from Russian kits, up to 50,000 a year.`;

const TOR_WIRE_TEXT = `Minsk, 1 July. A Minsk newspaper reported that Belarus delivered two Tor-M2KM batteries to Armenia in 2019, drawing on its own army's stock.`;

const EGYPT_TEXT = `Cairo, 2 May. Egypt took delivery of four more Rafale aircraft from France in 2021, adding to the 24 it ordered in 2015.`;

const ARTICLES: FixtureArticle[] = [
  {
    article: {
      id: 'rafale-india',
      date: '2020-03-03',
      title: 'India signs for 36 Rafale fighters',
      text: RAFALE_TEXT,
    },
    facts: [
      transfer({
        quantity: 36,
        year: 2020,
        evidence: [
          spanOf(RAFALE_TEXT, 'The Indian Air Force has signed for 36 Rafale fighters built by Dassault'),
          spanOf(RAFALE_TEXT, 'The first five jets of the order'),
        ],
      }),
      transfer({
        system: 'Meteor',
        category: 'missiles',
        year: 2020,
        evidence: [spanOf(RAFALE_TEXT, 'Delhi also ordered Meteor missiles for the fleet')],
      }),
      production({
        country: 'FRA',
        producer: 'Dassault',
        system: 'Rafale',
        category: 'aircraft',
        // Nested inside the first fact's first span: the highlighter must split it.
        evidence: [spanOf(RAFALE_TEXT, '36 Rafale fighters built by Dassault')],
      }),
      share({
        subject: 'IND',
        counterpart: 'FRA',
        share_pct: 29,
        source: null,
        evidence: [
          spanOf(
            RAFALE_TEXT,
            "France supplied 29 per cent of India's arms imports over the five years to 2019",
          ),
        ],
      }),
    ],
  },
  {
    article: {
      id: 'armenia-russia',
      date: '2020-07-09',
      title: 'Armenia received Russian fighters',
      text: ARMENIA_TEXT,
    },
    facts: [
      transfer({
        supplier: 'RUS',
        recipient: 'ARM',
        system: 'Su-30SM',
        status: 'delivered',
        year: 2019,
        evidence: [spanOf(ARMENIA_TEXT, 'Armenia received Su-30SM fighters')],
      }),
      transfer({
        supplier: 'RUS',
        recipient: 'ARM',
        system: 'Tor-M2KM',
        category: 'air-defence',
        status: 'delivered',
        year: 2019,
        evidence: [spanOf(ARMENIA_TEXT, 'Tor-M2KM air defence systems from Russia last year')],
      }),
      production({
        licensor: 'RUS',
        capacity_per_year: 50000,
        evidence: [
          spanOf(
            ARMENIA_TEXT,
            'A plant near Yerevan now assembles AK-103 rifles from Russian kits, up to 50,000 a year',
          ),
        ],
      }),
    ],
  },
  {
    // Another outlet names another supplier for the same deal: the register keeps both and flags it.
    article: {
      id: 'armenia-tor-wire',
      date: '2020-07-01',
      title: 'Belarus named as Tor supplier',
      text: TOR_WIRE_TEXT,
    },
    facts: [
      transfer({
        supplier: 'BLR',
        recipient: 'ARM',
        system: 'Tor-M2KM',
        category: 'air-defence',
        quantity: 2,
        status: 'delivered',
        year: 2019,
        evidence: [spanOf(TOR_WIRE_TEXT, 'Belarus delivered two Tor-M2KM batteries to Armenia in 2019')],
      }),
    ],
  },
  {
    article: {
      id: 'egypt-rafale',
      date: '2021-05-02',
      title: 'Egypt takes four more Rafales',
      text: EGYPT_TEXT,
    },
    facts: [
      transfer({
        recipient: 'EGY',
        quantity: 4,
        status: 'delivered',
        year: 2021,
        evidence: [
          spanOf(EGYPT_TEXT, 'Egypt took delivery of four more Rafale aircraft from France in 2021'),
        ],
      }),
      transfer({
        recipient: 'EGY',
        quantity: 24,
        year: 2015,
        evidence: [spanOf(EGYPT_TEXT, 'the 24 it ordered in 2015')],
      }),
    ],
  },
];

/** Articles whose title and text carry script and HTML injection; their text must show literally. */
export const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Hostile <b>title</b>';
const HOSTILE_TEXT = `Bad actors wrote <script>window.__pwned = 2</script> into this story.
An image: <img src="x" onerror="window.__pwned=3;alert(3)"> and a link <a href="javascript:window.__pwned=4">click me</a>.
Turkey sold <svg onload="window.__pwned=5"></svg> Bayraktar TB2 drones to Ukraine in 2019.`;

const HOSTILE: FixtureArticle[] = [
  {
    article: {
      id: 'hostile',
      date: '2019-06-01',
      title: HOSTILE_TITLE,
      text: HOSTILE_TEXT,
      url: 'javascript:window.__pwned=6',
    },
    facts: [
      transfer({
        supplier: 'TUR',
        recipient: 'UKR',
        system: '<script>window.__pwned=7</script>TB2',
        year: 2019,
        evidence: [
          spanOf(
            HOSTILE_TEXT,
            'Turkey sold <svg onload="window.__pwned=5"></svg> Bayraktar TB2 drones to Ukraine in 2019',
          ),
        ],
      }),
    ],
  },
];

/** A small SIPRI per-delivery export of our own: some deals agree with the fixture news, some do not. */
const REFERENCE_CSV = [
  'Source: SIPRI Arms Transfers Database (fixture written for the dashboard tests)',
  'Data generated: 1 Mar 2024 10:00:00 AM',
  'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production',
  '901,France,India,Rafale,FGA aircraft,Aircraft,2019,No,10,No,2020,No,New,50,50,500,No',
  '901,France,India,Rafale,FGA aircraft,Aircraft,2019,No,26,No,2021,No,New,50,50,1300,No',
  '902,Russia,India,S-400,SAM system,Air-defence systems,2018,No,2,No,2021,No,New,300,300,600,No',
  '903,United States,India,P-8I,ASW aircraft,Aircraft,2016,No,4,No,2021,No,New,100,100,400,No',
  '904,Russia,Armenia,Su-30SM,FGA aircraft,Aircraft,2019,No,4,No,2019,No,New,50,50,200,No',
  '906,Belarus,Armenia,Tor-M2KM,SAM system,Air-defence systems,2018,No,2,No,2019,No,New,100,100,200,No',
  '905,France,Egypt,Rafale,FGA aircraft,Aircraft,2015,No,24,No,2017,No,New,50,50,1200,No',
]
  .map((line) => `${line};`)
  .join('\r\n');

/**
 * Ingests the fixture articles (and, with `hostile`, the injection articles) through the real pipeline from a
 * JSON file, imports the small SIPRI reference when asked, then puts the fixture's facts in place of the extractor's, so the pages show known facts
 * whatever the extractor finds, and resolves the register.
 */
export async function fillStore(
  store: Store,
  options: { hostile?: boolean; reference?: boolean } = {},
): Promise<void> {
  const all = options.hostile ? [...ARTICLES, ...HOSTILE] : ARTICLES;
  const dir = mkdtempSync(join(tmpdir(), 'armswatch-web-'));
  try {
    const file = join(dir, 'articles.json');
    const articles = all.map(({ article }) => ({ url: `https://news.example/${article.id}`, ...article }));
    writeFileSync(file, JSON.stringify(articles));
    const summary = await ingestBatch(store, [file], {
      read: { maxArticleBytes: 5_000_000 },
      now: FIXTURE_NOW,
    });
    if (summary.ingested !== all.length) {
      throw new Error(
        `fixture ingest stored ${summary.ingested} of ${all.length}: ${JSON.stringify(summary.rejected)}`,
      );
    }
    if (options.reference) {
      writeFileSync(join(dir, 'reference.csv'), REFERENCE_CSV);
      await importSipri(store, join(dir, 'reference.csv'), FIXTURE_NOW);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const { article, facts } of all) await store.facts.replaceForArticle(article.id, facts);
  await refreshRegister(store, FIXTURE_NOW);
}
