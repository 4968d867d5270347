/**
 * Regenerates the weapon catalogue from SIPRI exports (either shape) and the hand-written supplement:
 *   npx tsx scripts/build-catalogue.ts SIPRI_EXPORT.csv [more.csv]
 * writes src/extract/lexicon/data/weapons.tsv and weapon-ambiguous.txt, and prints what it kept and left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import {
  buildCatalogue,
  formatWeaponsTsv,
  type Supplement,
  type WordTest,
} from '../src/extract/lexicon/catalogue.ts';
import { parseSipriCsv } from '../src/reference/index.ts';

const DATA = new URL('../src/extract/lexicon/data/', import.meta.url);

/**
 * Word tests from wink's English model. A word the model has never seen gets an id above every lexicon id,
 * so the id of a made-up word marks the lexicon's end.
 */
function englishWordTest(): WordTest {
  const nlp = winkNLP(model);
  const token = (word: string) => nlp.readDoc(word).tokens().itemAt(0);
  const firstUnknown = Number(token('qzxvqzxv').out(nlp.its.uniqueId));
  return {
    ordinary: (word) => Number(token(word).out(nlp.its.uniqueId)) < firstUnknown,
    stop: (word) => Boolean(token(word).out(nlp.its.stopWordFlag)),
  };
}

function main(paths: string[]): void {
  if (paths.length === 0) {
    console.error('usage: npx tsx scripts/build-catalogue.ts SIPRI_EXPORT.csv [more.csv]');
    process.exit(2);
  }
  const deals = paths.flatMap((path) => parseSipriCsv(readFileSync(path), path).deals);
  const supplement = JSON.parse(readFileSync(new URL('supplement.json', DATA), 'utf8')) as Supplement;
  const built = buildCatalogue(deals, supplement, englishWordTest());
  writeFileSync(new URL('weapons.tsv', DATA), formatWeaponsTsv(built.entries));
  writeFileSync(new URL('weapon-ambiguous.txt', DATA), `${built.ambiguousKeys.join('\n')}\n`);
  const aliases = built.entries.reduce((sum, entry) => sum + entry.aliases.length, 0);
  console.error(
    `${deals.length} deals -> ${built.entries.length} weapons (${supplement.weapons.length} from the supplement), ` +
      `${aliases} aliases, ${built.ambiguousKeys.length} ambiguous keys, ${built.dropped.length} designations left out:`,
  );
  for (const { designation, reason } of built.dropped) console.error(`  ${designation}: ${reason}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  // A missing file or a file that is no SIPRI export: one line that names it, as the CLI reports errors.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
