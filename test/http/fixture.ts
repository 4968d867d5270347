import { createApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/deps.ts';
import type { Fact, ReferenceDeal } from '../../src/model/index.ts';
import { refreshRegister } from '../../src/pipeline/resolve.ts';
import type { Store } from '../../src/store/index.ts';
import { production, share, spanOf, storedArticle, transfer } from '../support/facts.ts';

/** The clock every HTTP test runs at. */
export const NOW = new Date('2025-02-01T12:00:00.000Z');

interface FixtureArticle {
  id: string;
  date: string | null;
  title: string;
  text: string;
  /** Each fact with the phrases of the text that state it (its evidence, in place of the builder's). */
  facts: { fact: Fact; phrases: string[] }[];
}

// Written for these tests; the figures echo public reporting, the sentences are our own.
export const ARTICLES: FixtureArticle[] = [
  {
    id: 'yerevan-jets',
    date: '2020-07-09',
    title: 'Armenia shows off new Russian jets',
    text:
      'Yerevan displayed the Su-30SM fighters it received from Moscow last year. ' +
      'The same shipments brought TOR-M2KM air defence systems. ' +
      'SIPRI says almost all of Armenia’s arms imports between 2015 and 2019 came from Russia.',
    facts: [
      {
        fact: delivered('RUS', 'ARM', 'Su-30SM', 'aircraft', 2019),
        phrases: ['Su-30SM fighters it received from Moscow last year'],
      },
      {
        fact: delivered('RUS', 'ARM', 'TOR-M2KM', 'air-defence', 2019),
        phrases: ['TOR-M2KM air defence systems'],
      },
      {
        fact: share(),
        phrases: ['almost all of Armenia’s arms imports between 2015 and 2019 came from Russia'],
      },
    ],
  },
  {
    id: 'delhi-rafale',
    date: '2023-07-14',
    title: 'India signs for naval Rafales',
    text: 'New Delhi has signed a contract with Paris for 26 Rafale Marine jets for its carriers, officials said on Friday.',
    facts: [
      {
        fact: transfer({ system: 'Rafale Marine', quantity: 26, year: 2023 }),
        phrases: ['signed a contract with Paris for 26 Rafale Marine jets'],
      },
    ],
  },
  {
    id: 'delhi-rafale-2',
    date: '2023-08-02',
    title: 'Rafale Marine deal: the numbers',
    text:
      'The navy will receive 22 single-seat and 4 twin-seat Rafale Marine aircraft, 28 in all, under the French deal. ' +
      'France already supplied 75 per cent of India’s arms imports in 2020-2021.',
    facts: [
      {
        fact: transfer({ system: 'Rafale Marine', quantity: 28, year: 2023 }),
        phrases: ['28 in all, under the French deal'],
      },
      {
        fact: share({
          subject: 'IND',
          counterpart: 'FRA',
          share_pct: 75,
          period_start: 2020,
          period_end: 2021,
          source: null,
        }),
        phrases: ['France already supplied 75 per cent of India’s arms imports in 2020-2021'],
      },
    ],
  },
  {
    id: 'abovyan-plant',
    date: '2020-05-01',
    title: 'Rifle plant opens near Yerevan',
    text: 'A new plant in Armenia assembles AK-103 rifles from Russian kits and can turn out 50,000 a year.',
    facts: [
      {
        fact: production({ licensor: 'RUS', capacity_per_year: 50000, year: 2020 }),
        phrases: ['assembles AK-103 rifles from Russian kits', 'can turn out 50,000 a year'],
      },
    ],
  },
  {
    id: 'hostile-title',
    date: '2021-01-01',
    title: '<script>alert("x")</script> Drones for Ankara',
    text: 'Ankara ordered <b>12</b> Bayraktar TB2 drones <img src=x onerror=alert(1)> this week.',
    facts: [
      {
        fact: transfer({
          supplier: null,
          recipient: 'TUR',
          system: 'Bayraktar TB2',
          quantity: 12,
          year: 2021,
        }),
        phrases: ['Ankara ordered <b>12</b> Bayraktar TB2 drones'],
      },
    ],
  },
];

function delivered(
  supplier: string,
  recipient: string,
  system: string,
  category: 'aircraft' | 'air-defence',
  year: number,
): Fact {
  return transfer({ supplier, recipient, system, category, status: 'delivered', year });
}

/** A small SIPRI-like reference, in the numbers' spirit but made up for these tests. */
export const REFERENCE_DEALS: ReferenceDeal[] = [
  referenceDeal('d1', 'RUS', 'ARM', 'Su-30SM', 'aircraft', [
    { year: 2019, tiv: 150 },
    { year: 2020, tiv: 50 },
  ]),
  referenceDeal('d2', 'RUS', 'ARM', 'TOR-M2KM', 'air-defence', [{ year: 2019, tiv: 40 }]),
  referenceDeal('d3', 'GRC', 'ARM', 'Osa-AK', 'air-defence', [{ year: 2018, tiv: 10 }]),
  referenceDeal('d4', 'FRA', 'IND', 'Rafale', 'aircraft', [
    { year: 2020, tiv: 900 },
    { year: 2021, tiv: 300 },
  ]),
  referenceDeal('d5', 'RUS', 'IND', 'S-400', 'air-defence', [{ year: 2022, tiv: 800 }]),
];

function referenceDeal(
  dealId: string,
  supplier: string,
  recipient: string,
  designation: string,
  category: 'aircraft' | 'air-defence',
  deliveries: { year: number; tiv: number }[],
): ReferenceDeal {
  const tiv = deliveries.reduce((sum, delivery) => sum + delivery.tiv, 0);
  return {
    dealId,
    supplier,
    supplierName: supplier,
    recipient,
    recipientName: recipient,
    designation,
    description: category,
    category,
    orderYear: deliveries[0]!.year - 1,
    orderYearEstimated: false,
    quantityOrdered: null,
    quantityOrderedEstimated: false,
    quantityDelivered: null,
    deliveries: deliveries.map(({ year, tiv }) => ({ year, tiv, quantity: null, estimated: false })),
    status: 'New',
    comments: null,
    tivPerUnit: null,
    tivTotal: tiv,
    tivDelivered: tiv,
    localProduction: false,
  };
}

/** Stores the fixture articles, their facts and the reference, and resolves the register. */
export async function fill(store: Store): Promise<void> {
  for (const fixture of ARTICLES) {
    const article = storedArticle(fixture.id, fixture.date, {
      title: fixture.title,
      text: fixture.text,
      source: `fixtures/${fixture.id}.json`,
      ingestedAt: '2025-01-01T00:00:00.000Z',
    });
    await store.articles.insert(article, []);
    const facts = fixture.facts.map(
      ({ fact, phrases }): Fact => ({ ...fact, evidence: phrases.map((p) => spanOf(fixture.text, p)) }),
    );
    await store.facts.replaceForArticle(fixture.id, facts);
  }
  await store.reference.replace(
    {
      fileName: 'fixture.csv',
      shape: 'per-delivery',
      generated: '2025-01-01',
      importedAt: NOW.toISOString(),
      rowCount: REFERENCE_DEALS.length,
      dealCount: REFERENCE_DEALS.length,
    },
    REFERENCE_DEALS,
  );
  await refreshRegister(store, NOW);
}

/** The app over a store, with the test clock. */
export function appOver(
  store: Store,
  token: string | null = null,
): { app: ReturnType<typeof createApp>; deps: AppDeps } {
  const deps: AppDeps = { store, token, now: () => NOW };
  return { app: createApp(deps), deps };
}

/** An answer's JSON envelope, with `data` typed as the test expects it. */
export interface Body<T> {
  ok: boolean;
  data: T;
  error?: { code: string; message: string };
}

/** Reads an answer's JSON envelope. */
export async function envelope<T = unknown>(response: Response): Promise<Body<T>> {
  return (await response.json()) as Body<T>;
}
