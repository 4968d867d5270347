// Extraction speed: >= 10,000 articles through extractFacts on one core, beside wink-nlp reading the same
// texts in the same run, with the peak memory. Texts: the fixture articles of test/fixtures/extract and, where
// the shared dev corpus sits beside the repository, its articles too, repeated.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { type ExtractInput, extractFacts } from '../src/extract/index.ts';

const MIN_ARTICLES = 10_000;
const ROUND_ARTICLES = 500;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = [join(ROOT, 'test/fixtures/extract/articles'), join(ROOT, '../shared/corpus/dev/articles')];

function readCorpus(): ExtractInput[] {
  const articles: ExtractInput[] = [];
  for (const dir of SOURCES.filter((path) => existsSync(path))) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      articles.push(JSON.parse(readFileSync(join(dir, name), 'utf8')) as ExtractInput);
    }
  }
  return articles;
}

/** The corpus repeated to at least MIN_ARTICLES, cut into rounds so that the contenders take turns. */
function rounds(corpus: ExtractInput[]): ExtractInput[][] {
  const all: ExtractInput[] = [];
  while (all.length < MIN_ARTICLES) all.push(...corpus);
  const out: ExtractInput[][] = [];
  for (let i = 0; i < all.length; i += ROUND_ARTICLES) out.push(all.slice(i, i + ROUND_ARTICLES));
  return out;
}

const corpus = readCorpus();
const batches = rounds(corpus);
const articles = batches.reduce((n, batch) => n + batch.length, 0);
const chars = batches.reduce((n, batch) => n + batch.reduce((m, a) => m + a.text.length, 0), 0);
const bytes = batches.reduce((n, batch) => n + batch.reduce((m, a) => m + Buffer.byteLength(a.text), 0), 0);

const winkDefault = winkNLP(model);
const winkExtractorPipe = winkNLP(model, ['sbd', 'pos']);
const contenders: Record<string, (article: ExtractInput) => unknown> = {
  'wink readDoc (default pipeline)': (a) => winkDefault.readDoc(a.text).tokens().length(),
  'wink readDoc (sbd+pos, as extract)': (a) => winkExtractorPipe.readDoc(a.text).tokens().length(),
  extractFacts: (a) => extractFacts(a),
};
const elapsed: Record<string, number> = Object.fromEntries(Object.keys(contenders).map((name) => [name, 0]));

// Warm-up: load the catalogues and let the JIT settle before anything is timed.
for (const article of corpus) for (const run of Object.values(contenders)) run(article);

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
for (const batch of batches) {
  // Taking turns batch by batch spreads the noise of a shared machine evenly over the contenders.
  for (const [name, run] of Object.entries(contenders)) {
    const start = performance.now();
    for (const article of batch) run(article);
    elapsed[name] = elapsed[name]! + (performance.now() - start);
  }
  const memory = process.memoryUsage();
  peakRss = Math.max(peakRss, memory.rss);
  peakHeap = Math.max(peakHeap, memory.heapUsed);
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  `corpus: ${corpus.length} distinct articles, ${articles} read (${mb(bytes)} MB, ${chars} chars) per contender`,
);
for (const [name, ms] of Object.entries(elapsed)) {
  const seconds = ms / 1000;
  console.log(
    `${name.padEnd(36)} ${(articles / seconds).toFixed(0).padStart(6)} articles/s  ${(bytes / 1024 / 1024 / seconds).toFixed(2).padStart(6)} MB/s  ${(chars / seconds / 1e6).toFixed(2)}M chars/s`,
  );
}
const ratio = elapsed.extractFacts! / elapsed['wink readDoc (default pipeline)']!;
const ratioPipe = elapsed.extractFacts! / elapsed['wink readDoc (sbd+pos, as extract)']!;
const perSecond = articles / (elapsed.extractFacts! / 1000);
console.log(`extractFacts time / wink default readDoc time: ${ratio.toFixed(2)}x (target <= 3x)`);
console.log(`extractFacts time / wink sbd+pos readDoc time: ${ratioPipe.toFixed(2)}x`);
console.log(`extraction: ${perSecond.toFixed(0)} articles/s (target >= 500)`);
console.log(`peak memory: rss ${mb(peakRss)} MB, heap used ${mb(peakHeap)} MB`);
