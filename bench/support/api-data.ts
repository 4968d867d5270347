// A synthetic news database for the API benchmark: articles, their facts, a small SIPRI-like reference,
// and the resolved register, built once per content key and kept under the system's temp folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryByIso3 } from '../../src/countries/index.ts';
import type { Article, Category, Fact, ReferenceDeal, StoredFact } from '../../src/model/index.ts';
import { refreshRegister } from '../../src/pipeline/resolve.ts';
import { openStore, type Store } from '../../src/store/index.ts';

export const ARTICLES = 200_000;
export const FACTS_PER_ARTICLE = 5;
const DEALS = 150_000;
const BATCH = 2_000;
const NOW = new Date('2025-06-01T00:00:00.000Z');

/** Exporters and importers, most active first: picks lean towards the front, as real trade does. */
export const SUPPLIERS = [
  'USA',
  'RUS',
  'FRA',
  'CHN',
  'DEU',
  'ITA',
  'GBR',
  'ISR',
  'ESP',
  'KOR',
  'TUR',
  'SWE',
  'UKR',
  'NLD',
  'CHE',
  'NOR',
  'POL',
  'BRA',
  'ZAF',
  'CZE',
];
export const RECIPIENTS = [
  'IND',
  'SAU',
  'QAT',
  'UKR',
  'PAK',
  'JPN',
  'EGY',
  'AUS',
  'KOR',
  'CHN',
  'USA',
  'GBR',
  'DZA',
  'ARE',
  'ISR',
  'TUR',
  'VNM',
  'IDN',
  'SGP',
  'GRC',
  'ARM',
  'AZE',
  'SRB',
  'KAZ',
  'IRQ',
  'MAR',
  'BGD',
  'MMR',
  'THA',
  'PHL',
  'MYS',
  'NGA',
  'ETH',
  'KEN',
  'CHL',
  'COL',
  'PER',
  'MEX',
  'BRA',
  'ARG',
  'NOR',
  'POL',
  'ROU',
  'FIN',
  'CAN',
  'ESP',
  'ITA',
  'DEU',
  'NLD',
  'BEL',
  'TWN',
  'KWT',
  'OMN',
  'JOR',
  'LBN',
  'AGO',
  'UGA',
  'TZA',
  'SEN',
  'MLI',
];
const CATEGORIES: Category[] = [
  'aircraft',
  'air-defence',
  'armoured-vehicles',
  'artillery',
  'missiles',
  'ships',
  'sensors',
  'small-arms',
  'engines',
  'naval-weapons',
];
const PREFIXES = [
  'Su',
  'MiG',
  'F',
  'T',
  'K',
  'AH',
  'Mi',
  'J',
  'Type',
  'M',
  'S',
  'HQ',
  'KF',
  'Leo',
  'Pz',
  'Ka',
  'CV',
  'BMP',
  'Tor',
  'Buk',
];
const SUFFIXES = ['', 'M', 'SM', 'A', 'E', 'K', 'MKI', 'B'];
/** Weapon designations, each with its category. */
export const SYSTEMS = Array.from({ length: 600 }, (_, index) => ({
  name: `${PREFIXES[index % PREFIXES.length]}-${10 + ((index * 7) % 90)}${SUFFIXES[index % SUFFIXES.length]}`,
  category: CATEGORIES[index % CATEGORIES.length]!,
}));

/** A deterministic pseudo-random sequence, so every build yields the same database and every run the same input. */
export function random(seed: number): () => number {
  // mulberry32: small, fast, and without the correlations of a plain linear congruential generator.
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A pick that favours the front of the list (roughly Zipf-like). */
function skewed<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(items.length * next() ** 2)]!;
}

interface Deal {
  supplier: string;
  recipient: string;
  system: (typeof SYSTEMS)[number];
  quantity: number;
  orderYear: number;
}

function makeDeals(next: () => number): Deal[] {
  return Array.from({ length: DEALS }, () => {
    const supplier = skewed(SUPPLIERS, next);
    let recipient = skewed(RECIPIENTS, next);
    if (recipient === supplier) recipient = RECIPIENTS[Math.floor(next() * RECIPIENTS.length)]!;
    return {
      supplier,
      recipient,
      system: SYSTEMS[Math.floor(next() * SYSTEMS.length)]!,
      quantity: 1 + Math.floor(next() * 60),
      orderYear: 1995 + Math.floor(next() * 30),
    };
  });
}

const name = (code: string) => countryByIso3(code)?.name ?? code;

/** One sentence stating a fact, and the fact with its evidence at `offset` in the article text. */
function transferSentence(deal: Deal, next: () => number, offset: number): { sentence: string; fact: Fact } {
  const delivered = next() < 0.5;
  const year = delivered ? deal.orderYear + 1 + Math.floor(next() * 3) : deal.orderYear;
  // One report in twenty gets the number wrong: the register must show the conflict.
  const quantity = next() < 0.05 ? deal.quantity + 1 : deal.quantity;
  const verb = delivered ? 'received' : 'ordered';
  const sentence = `${name(deal.recipient)} ${verb} ${quantity} ${deal.system.name} ${deal.system.category} from ${name(deal.supplier)} in ${year}. `;
  const fact: Fact = {
    type: 'transfer',
    supplier: deal.supplier,
    recipient: deal.recipient,
    system: deal.system.name,
    category: deal.system.category,
    quantity,
    status: delivered ? 'delivered' : 'ordered',
    year,
    evidence: [{ start: offset, end: offset + sentence.length - 1 }],
  };
  return { sentence, fact };
}

function otherSentence(next: () => number, offset: number): { sentence: string; fact: Fact } {
  const country = skewed(RECIPIENTS, next);
  const partner = skewed(SUPPLIERS, next);
  if (next() < 0.5) {
    const system = SYSTEMS[Math.floor(next() * SYSTEMS.length)]!;
    const year = 2000 + Math.floor(next() * 25);
    const sentence = `A plant in ${name(country)} makes ${system.name} under licence from ${name(partner)} since ${year}. `;
    const fact: Fact = {
      type: 'production',
      country,
      producer: null,
      system: system.name,
      category: system.category,
      licensor: partner === country ? null : partner,
      capacity_per_year: null,
      status: 'active',
      year,
      evidence: [{ start: offset, end: offset + sentence.length - 1 }],
    };
    return { sentence, fact };
  }
  const end = 2004 + 5 * Math.floor(next() * 5);
  const pct = 5 + Math.floor(next() * 90);
  const sentence = `${name(partner)} supplied ${pct} per cent of ${name(country)}'s arms imports in ${end - 4}-${end}, SIPRI says. `;
  const fact: Fact = {
    type: 'share',
    subject: country,
    role: 'importer',
    counterpart: partner,
    share_pct: pct,
    period_start: end - 4,
    period_end: end,
    source: 'SIPRI',
    evidence: [{ start: offset, end: offset + sentence.length - 1 }],
  };
  return { sentence, fact };
}

function makeArticle(
  index: number,
  deals: readonly Deal[],
  next: () => number,
): { article: Article; facts: StoredFact[] } {
  const id = `bench-${index}`;
  let text = '';
  const facts: Fact[] = [];
  for (let k = 0; k < FACTS_PER_ARTICLE; k++) {
    // One fact in ten is about production or a share, as in the news: most reporting is about deals.
    const { sentence, fact } =
      k < FACTS_PER_ARTICLE - 1 || next() < 0.5
        ? transferSentence(deals[Math.floor(next() * deals.length)]!, next, text.length)
        : otherSentence(next, text.length);
    text += sentence;
    facts.push(fact);
  }
  const year = 2000 + Math.floor(next() * 26);
  const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const article: Article = {
    id,
    url: `https://news.example/${id}`,
    date,
    title: `Arms report ${index}: ${facts[0]?.type === 'transfer' ? facts[0].system : 'deals'}`,
    text: text.trimEnd(),
    source: `https://news.example/${id}`,
    contentHash: `hash-${id}`,
    ingestedAt: NOW.toISOString(),
    duplicateOf: null,
  };
  return { article, facts: facts.map((fact, k) => ({ id: `${id}#${k}`, articleId: id, index: k, fact })) };
}

function referenceDeals(deals: readonly Deal[]): ReferenceDeal[] {
  // The reference records one deal in ten, the way SIPRI lags and misses what the news reports.
  return deals
    .filter((_, index) => index % 10 === 0)
    .map((deal, index) => ({
      dealId: `ref-${index}`,
      supplier: deal.supplier,
      supplierName: name(deal.supplier),
      recipient: deal.recipient,
      recipientName: name(deal.recipient),
      designation: deal.system.name,
      description: deal.system.category,
      category: deal.system.category,
      orderYear: deal.orderYear,
      orderYearEstimated: false,
      quantityOrdered: deal.quantity,
      quantityOrderedEstimated: false,
      quantityDelivered: deal.quantity,
      deliveries: [
        { year: deal.orderYear + 1, quantity: deal.quantity, tiv: deal.quantity * 10, estimated: false },
      ],
      status: 'New',
      comments: null,
      tivPerUnit: 10,
      tivTotal: deal.quantity * 10,
      tivDelivered: deal.quantity * 10,
      localProduction: false,
    }));
}

async function fill(store: Store, log: (line: string) => void): Promise<void> {
  const next = random(20250601);
  const deals = makeDeals(next);
  const reference = referenceDeals(deals);
  await store.reference.replace(
    {
      fileName: 'synthetic.csv',
      shape: 'per-delivery',
      generated: null,
      importedAt: NOW.toISOString(),
      rowCount: reference.length,
      dealCount: reference.length,
    },
    reference,
  );
  for (let start = 0; start < ARTICLES; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, ARTICLES - start) }, (_, k) =>
      makeArticle(start + k, deals, next),
    );
    await store.transaction(async (tx) => {
      for (const { article } of batch) await tx.articles.insert(article, []);
      await tx.facts.insertMany(batch.flatMap((item) => item.facts));
    });
    if ((start / BATCH) % 10 === 0) log(`  ${start + batch.length} articles stored`);
  }
}

/** What the database depends on: this generator, the schema and resolution. A change to any rebuilds it. */
function contentKey(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, '..', '..');
  const hash = createHash('sha256');
  const files = [
    fileURLToPath(import.meta.url),
    ...sourcesUnder(join(root, 'src', 'store')),
    ...sourcesUnder(join(root, 'src', 'resolve')),
    join(root, 'src', 'pipeline', 'resolve.ts'),
  ];
  for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(folder, name));
}

/** The path of the benchmark database, built first when this content key has none yet. */
export async function benchDatabase(log: (line: string) => void): Promise<string> {
  const folder = join(tmpdir(), 'armswatch-bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `api-${contentKey()}.db`);
  if (existsSync(path)) return path;
  // Databases of earlier keys are stale: each is over a gigabyte.
  for (const name of readdirSync(folder))
    if (name.startsWith('api-')) rmSync(join(folder, name), { force: true });
  const building = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  const started = performance.now();
  log(`building ${ARTICLES * FACTS_PER_ARTICLE} facts into ${path} (once per content key)`);
  const store = await openStore(building);
  try {
    await fill(store, log);
    log(`  facts stored in ${seconds(started)}; resolving the register`);
    const resolved = performance.now();
    const summary = await refreshRegister(store, NOW);
    log(`  ${summary.rows} register rows from ${summary.facts} facts in ${seconds(resolved)}`);
    await store.optimize();
  } finally {
    await store.close();
  }
  renameSync(building, path);
  log(`built in ${seconds(started)}`);
  return path;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
