// Reproduces SIPRI's published shares (fact sheet, March 2025, 2020-24) from the real exports in
// ../shared/data when they are there: each export is parsed, imported into a temporary SQLite store, and the
// shares computed from the store's delivery totals, as `armswatch shares` does. Prints each figure, the
// computed value, the difference, and whether it is within tolerance (0.3 points from the per-delivery
// export, 1.0 from the Trade Register).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeShares, type ShareQuery } from '../src/analyse/shares.ts';
import { renderTable } from '../src/cli/table.ts';
import { parseSipriCsv } from '../src/reference/index.ts';
import { openStore } from '../src/store/index.ts';

const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data');
const FILES = [
  { name: 'sipri_transfers_by_delivery-year_1995-2025_generated-2026-02-12.csv', tolerance: 0.3 },
  { name: 'sipri_trade_register_1950-2024_generated-2025-03-13.csv', tolerance: 1.0 },
];

interface Figure {
  label: string;
  query: ShareQuery;
  country: string;
  /** As published: its number of decimals is its precision. */
  published: string;
}

const PERIOD = { fromYear: 2020, toYear: 2024 };
const exporter = (country: string, published: string): Figure => ({
  label: `exporter ${country}`,
  query: { role: 'exporter', ...PERIOD },
  country,
  published,
});
const importer = (country: string, published: string): Figure => ({
  label: `importer ${country}`,
  query: { role: 'importer', ...PERIOD },
  country,
  published,
});
const russiaTo = (country: string, published: string): Figure => ({
  label: `RUS exports to ${country}`,
  query: { role: 'exporter', country: 'RUS', ...PERIOD },
  country,
  published,
});

const FIGURES: Figure[] = [
  exporter('USA', '43'),
  exporter('FRA', '9.6'),
  exporter('RUS', '7.8'),
  exporter('CHN', '5.9'),
  exporter('DEU', '5.6'),
  exporter('ITA', '4.8'),
  exporter('GBR', '3.6'),
  exporter('ISR', '3.1'),
  importer('UKR', '8.8'),
  importer('IND', '8.3'),
  importer('QAT', '6.8'),
  importer('SAU', '6.8'),
  importer('PAK', '4.6'),
  russiaTo('IND', '38'),
  russiaTo('CHN', '17'),
  russiaTo('KAZ', '11'),
];

if (!existsSync(DATA)) {
  console.log(`skipped: ${DATA} is absent (the SIPRI exports are not shipped with armswatch)`);
  process.exit(0);
}

let failures = 0;
for (const file of FILES) {
  const path = join(DATA, file.name);
  if (!existsSync(path)) {
    console.log(`skipped: ${file.name} is absent`);
    continue;
  }
  const started = performance.now();
  const parsed = parseSipriCsv(readFileSync(path), file.name);
  const parseMs = performance.now() - started;
  const { totals, importMs } = await throughStore(parsed);
  console.log(`\n${file.name}`);
  console.log(
    `  ${parsed.shape}, generated ${parsed.generated}: ${parsed.rowCount} rows, ${parsed.deals.length} deals; ` +
      `parsed in ${parseMs.toFixed(0)} ms, imported into SQLite in ${importMs.toFixed(0)} ms`,
  );
  const rows = FIGURES.map((figure) => {
    const share = computeShares(totals, figure.query).find((row) => row.country === figure.country);
    const computed = share?.share_pct ?? 0;
    const difference = computed - Number(figure.published);
    const within = Math.abs(difference) <= file.tolerance + 1e-9;
    const decimals = figure.published.split('.')[1]?.length ?? 0;
    if (!within) failures += 1;
    return [
      figure.label,
      figure.published,
      computed.toFixed(2),
      `${difference >= 0 ? '+' : ''}${difference.toFixed(2)}`,
      within ? 'yes' : 'NO',
      computed.toFixed(decimals) === Number(figure.published).toFixed(decimals) ? 'yes' : 'no',
    ];
  });
  const headers = [
    'figure',
    'published',
    'computed',
    'difference',
    `within ${file.tolerance}`,
    'rounds to it',
  ];
  console.log(renderTable(headers, rows).replace(/^/gm, '  ').trimEnd());
}
console.log(
  `\n${failures === 0 ? 'every figure within tolerance' : `${failures} figure(s) outside tolerance`}` +
    ' ("rounds to it": the computed share, rounded to the published precision, equals the published figure)',
);

/** Imports the deals into a temporary SQLite store and reads the delivery totals back through SQL. */
async function throughStore(parsed: ReturnType<typeof parseSipriCsv>) {
  const folder = mkdtempSync(join(tmpdir(), 'armswatch-bench-'));
  const store = await openStore(join(folder, 'bench.db'));
  try {
    const started = performance.now();
    const meta = {
      fileName: 'bench.csv',
      shape: parsed.shape,
      generated: parsed.generated,
      importedAt: new Date().toISOString(),
      rowCount: parsed.rowCount,
      dealCount: parsed.deals.length,
    };
    await store.reference.replace(meta, parsed.deals);
    const importMs = performance.now() - started;
    return { totals: await store.reference.deliveryTotals(PERIOD), importMs };
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
