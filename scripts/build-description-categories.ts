/**
 * Regenerates src/reference/description-categories.json, the Trade Register's weapon descriptions mapped to
 * categories, from a table of descriptions and SIPRI category codes (columns `weapon_description_2025_vocab`
 * and `sipri_category_code`, as in derived_sipri_description_to_category.csv):
 *   npx tsx scripts/build-description-categories.ts DESCRIPTIONS.csv
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Category } from '../src/model/index.ts';

const OUTPUT = new URL('../src/reference/description-categories.json', import.meta.url);

/** SIPRI's two-letter category codes. */
const CODES: Record<string, Category> = {
  AC: 'aircraft',
  AD: 'air-defence',
  AR: 'artillery',
  AV: 'armoured-vehicles',
  EN: 'engines',
  GR: 'sensors',
  MI: 'missiles',
  NW: 'naval-weapons',
  OT: 'other',
  SA: 'satellites',
  SH: 'ships',
};

function main(path: string | undefined): void {
  if (!path) {
    console.error('usage: npx tsx scripts/build-description-categories.ts DESCRIPTIONS.csv');
    process.exit(2);
  }
  const rows = parse(readFileSync(path), { columns: true }) as Record<string, string>[];
  const mapping: Record<string, Category> = {};
  for (const row of rows) {
    const description = row.weapon_description_2025_vocab ?? '';
    const category = CODES[row.sipri_category_code ?? ''];
    if (!description || !category) throw new Error(`${path}: cannot read the row ${JSON.stringify(row)}`);
    mapping[description] = category;
  }
  const sorted = Object.fromEntries(
    Object.entries(mapping).sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase())),
  );
  writeFileSync(OUTPUT, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`wrote ${Object.keys(sorted).length} descriptions to ${OUTPUT.pathname}`);
}

main(process.argv[2]);
