// API latency on a database of 1,000,000 facts: the register list (unfiltered and filtered), article search
// and a country profile, measured in-process (app.request), p50 and p95 against the target p95 < 50 ms.
import { createApp } from '../src/http/app.ts';
import { openStore } from '../src/store/index.ts';
import { benchDatabase, RECIPIENTS, SUPPLIERS, SYSTEMS } from './support/api-data.ts';

const TARGET_P95_MS = 50;
const REQUESTS = 200;
const WARMUP = 10;

/** Each scenario cycles through its URLs, so that no single cached answer flatters it. */
const SCENARIOS: { name: string; urls: string[] }[] = [
  {
    name: 'register, unfiltered',
    urls: Array.from({ length: 20 }, (_, page) => `/api/v1/register?limit=50&offset=${page * 50}`),
  },
  {
    name: 'register, filtered',
    urls: RECIPIENTS.slice(0, 10).flatMap((recipient, index) => [
      `/api/v1/register?recipient=${recipient}&status=delivered&limit=50`,
      `/api/v1/register?supplier=${SUPPLIERS[index]}&category=aircraft&sort=year&order=desc&limit=50`,
      `/api/v1/register?system=${encodeURIComponent(SYSTEMS[index * 7]!.name)}&limit=50`,
      `/api/v1/register?country=${recipient}&from=2015&to=2019&conflict=true&limit=50`,
    ]),
  },
  {
    name: 'article search',
    urls: SYSTEMS.slice(0, 40).map(
      (system) => `/api/v1/articles?q=${encodeURIComponent(system.name)}&limit=20`,
    ),
  },
  {
    name: 'country profile',
    urls: [...RECIPIENTS.slice(0, 12), ...SUPPLIERS.slice(0, 4)].map(
      (country) => `/api/v1/countries/${country}`,
    ),
  },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const path = await benchDatabase((line) => console.log(line));
  const store = await openStore(path);
  const app = createApp({ store, token: null, now: () => new Date('2025-06-01T00:00:00.000Z') });
  console.log(
    `${await store.facts.count()} facts, ${await store.register.count({})} register rows, ${await store.articles.count({})} articles`,
  );
  console.log(
    `${'scenario'.padEnd(24)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  target p95 < ${TARGET_P95_MS} ms`,
  );
  let missed = 0;
  for (const scenario of SCENARIOS) {
    const times: number[] = [];
    for (let i = 0; i < WARMUP + REQUESTS; i++) {
      const url = scenario.urls[i % scenario.urls.length]!;
      const started = performance.now();
      const response = await app.request(url);
      await response.text();
      if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
      if (i >= WARMUP) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    if (p95 >= TARGET_P95_MS) missed++;
    const verdict = p95 < TARGET_P95_MS ? 'ok' : 'OVER';
    console.log(
      `${scenario.name.padEnd(24)} ${percentile(times, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}  ${verdict}`,
    );
  }
  await store.close();
  if (missed > 0) console.log(`${missed} scenario(s) over the target`);
}

await main();
