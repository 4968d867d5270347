// Resolution speed: 100,000 synthetic facts -> register rows, in memory and through a SQLite store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fact, StoredFact, TransferStatus } from '../src/model/index.ts';
import { refreshRegister } from '../src/pipeline/resolve.ts';
import { type ArticleMeta, resolveRegister } from '../src/resolve/index.ts';
import { openStore } from '../src/store/index.ts';
import { random, SUPPLIERS } from './support/api-data.ts';

const FACTS = 100_000;
const FACTS_PER_ARTICLE = 4;
// The fourteen most active exporters of the API benchmark's world.
const COUNTRIES = SUPPLIERS.slice(0, 14);
const BUYERS = Array.from({ length: 120 }, (_, index) => `B${String(index).padStart(2, '0')}`);
const SYSTEMS = Array.from({ length: 400 }, (_, index) => `X-${index}${index % 3 === 0 ? 'M' : ''}`);
const STATUSES: TransferStatus[] = [
  'negotiating',
  'approved',
  'ordered',
  'ordered',
  'delivered',
  'delivered',
  'cancelled',
];

function syntheticFacts(): { facts: StoredFact[]; articles: ArticleMeta[] } {
  // The same seed and generator every run, so every run resolves the same facts.
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const facts: StoredFact[] = [];
  const articles: ArticleMeta[] = [];
  for (let a = 0; facts.length < FACTS; a += 1) {
    const id = `art${String(a).padStart(6, '0')}`;
    const year = 1995 + Math.floor(next() * 30);
    const duplicateOf = a > 0 && next() < 0.05 ? articles[Math.floor(next() * a)]!.id : null;
    articles.push({
      id,
      date: `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`,
      duplicateOf,
    });
    for (let index = 0; index < FACTS_PER_ARTICLE; index += 1) {
      const fact: Fact =
        next() < 0.9
          ? {
              type: 'transfer',
              supplier: pick(COUNTRIES),
              recipient: pick(BUYERS),
              system: pick(SYSTEMS),
              category: 'aircraft',
              quantity: next() < 0.6 ? 4 + Math.floor(next() * 40) : null,
              status: pick(STATUSES),
              year: next() < 0.8 ? year - Math.floor(next() * 3) : null,
              evidence: [{ start: 0, end: 40 }],
            }
          : {
              type: 'production',
              country: pick(BUYERS),
              producer: null,
              system: pick(SYSTEMS),
              category: 'aircraft',
              licensor: pick(COUNTRIES),
              capacity_per_year: null,
              status: 'active',
              year,
              evidence: [{ start: 0, end: 40 }],
            };
      facts.push({ id: `${id}#${index}`, articleId: id, index, fact });
    }
  }
  return { facts, articles };
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(2);
}

const input = syntheticFacts();
global.gc?.();
let started = performance.now();
const rows = resolveRegister(input);
console.log(
  `resolve (pure): ${input.facts.length} facts of ${input.articles.length} articles -> ${rows.length} rows in ${seconds(started)} s`,
);
started = performance.now();
resolveRegister(input);
console.log(`resolve (pure, rerun): ${seconds(started)} s`);
console.log(`peak RSS: ${Math.round(process.memoryUsage().rss / 1e6)} MB`);

const folder = mkdtempSync(join(tmpdir(), 'armswatch-bench-resolve-'));
try {
  const store = await openStore(join(folder, 'bench.db'));
  const byArticle = new Map<string, Fact[]>();
  for (const stored of input.facts)
    byArticle.set(stored.articleId, [...(byArticle.get(stored.articleId) ?? []), stored.fact]);
  started = performance.now();
  await store.transaction(async (tx) => {
    for (const article of input.articles) {
      await tx.articles.insert(
        {
          ...article,
          url: null,
          title: null,
          text: 'synthetic',
          source: 'bench',
          contentHash: article.id,
          ingestedAt: '2025-01-01T00:00:00.000Z',
          duplicateOf: article.duplicateOf,
        },
        [],
      );
      await tx.facts.replaceForArticle(article.id, byArticle.get(article.id) ?? []);
    }
  });
  console.log(`store load (not resolution): ${seconds(started)} s`);
  started = performance.now();
  const first = await refreshRegister(store, new Date('2025-01-01T00:00:00Z'));
  console.log(`refreshRegister on SQLite, first run: ${first.rows} rows written in ${seconds(started)} s`);
  started = performance.now();
  const again = await refreshRegister(store, new Date('2025-01-02T00:00:00Z'));
  console.log(`refreshRegister on SQLite, rerun: ${again.changed} rows changed in ${seconds(started)} s`);
  started = performance.now();
  const touched = input.articles[1234]!.id;
  const partial = await refreshRegister(store, new Date('2025-01-03T00:00:00Z'), { articleIds: [touched] });
  console.log(
    `refreshRegister of one article (as after a review): ${partial.groups} groups, ${partial.rows} rows in ${seconds(started)} s`,
  );
  await store.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
