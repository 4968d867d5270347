import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type ExtractInput, extractFacts } from '../../src/extract/index.ts';
import { CATEGORIES, type Fact, PRODUCTION_STATUSES, TRANSFER_STATUSES } from '../../src/model/index.ts';

/**
 * The held-out set: 24 articles written to imitate the unseen evaluation set (see
 * test/fixtures/heldout/README.md). The floor is the F1 measured at the last change of the extractor
 * (0.881), minus 0.05: a rule that fits the dev corpus and breaks these articles makes this test fail.
 */
const F1_FLOOR = 0.831;
const HELDOUT = fileURLToPath(new URL('../fixtures/heldout/', import.meta.url));
/** Articles whose gold is empty, and why a reader finds nothing in them. */
const NO_FACT_ARTICLES: Record<string, string> = {
  h06: 'a deal that both parties deny',
  h07: "analysts' speculation about a purchase",
  h08: 'weapons used in a war',
  h18: 'weapons shown at a parade',
  h19: 'a budget debate',
};
/** Known failures still open in the extractor: reported as todo so that CI shows them without failing. */
const OPEN_FAILURES: Record<string, string> = {};

/** A gold or predicted fact as plain data: gold `system` may be a list of accepted spellings. */
type Row = Record<string, unknown>;

/** The fields compared on a matched pair, as FACTS.md lists them per type. */
const FIELDS: Record<string, string[]> = {
  transfer: ['quantity', 'status', 'year'],
  production: ['licensor', 'capacity_per_year', 'status', 'year'],
  share: ['share_pct', 'period_start', 'period_end'],
};

function readArticles(): ExtractInput[] {
  const dir = join(HELDOUT, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ExtractInput);
}

function readGold(): Map<string, Row[]> {
  const lines = readFileSync(join(HELDOUT, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean);
  return new Map(
    lines.map((line) => JSON.parse(line) as { id: string; facts: Row[] }).map((r) => [r.id, r.facts]),
  );
}

/** Designations compare on letters and digits only, so `Su-30SM` equals `SU 30 SM`. */
function normalise(name: unknown): string {
  return String(name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

function systemKeys(fact: Row): string[] {
  if (fact.system == null) return [`category:${fact.category}`];
  const names = Array.isArray(fact.system) ? fact.system : [fact.system];
  return names.map((name) => `system:${normalise(name)}`);
}

function partyKey(fact: Row): string {
  const party = (value: unknown) => (value == null ? '' : String(value).toLowerCase());
  if (fact.type === 'transfer') return `${party(fact.supplier)}>${party(fact.recipient)}`;
  if (fact.type === 'production') return party(fact.country);
  return `${party(fact.subject)}|${fact.role}|${party(fact.counterpart)}`;
}

/** FACTS.md's keys: parties, plus the system (or the category where gold names no system) except for shares. */
function sameKey(gold: Row, predicted: Row): boolean {
  if (gold.type !== predicted.type || partyKey(gold) !== partyKey(predicted)) return false;
  if (gold.type === 'share') return true;
  const predictedKeys = systemKeys(predicted);
  return systemKeys(gold).some((key) => predictedKeys.includes(key));
}

function agreement(gold: Row, predicted: Row): number {
  return (FIELDS[String(gold.type)] ?? []).filter((f) => gold[f] != null && gold[f] === predicted[f]).length;
}

/** Pairs each gold fact with the unused same-key prediction that agrees on most fields. */
function countMatches(gold: Row[], predicted: Row[]): number {
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestAgreement = -1;
    predicted.forEach((p, i) => {
      if (used.has(i) || !sameKey(g, p)) return;
      const a = agreement(g, p);
      if (a > bestAgreement) [best, bestAgreement] = [i, a];
    });
    if (best >= 0) used.add(best);
  }
  return used.size;
}

function f1(matched: number, goldCount: number, predictedCount: number): number {
  if (matched === 0) return 0;
  const precision = matched / predictedCount;
  const recall = matched / goldCount;
  return (2 * precision * recall) / (precision + recall);
}

function problems(fact: Fact, textLength: number): string[] {
  const found: string[] = [];
  if (fact.type !== 'share' && !(CATEGORIES as readonly unknown[]).includes(fact.category)) {
    found.push(`unknown category ${fact.category}`);
  }
  const statuses: readonly string[] = fact.type === 'transfer' ? TRANSFER_STATUSES : PRODUCTION_STATUSES;
  if (fact.type !== 'share' && !statuses.includes(fact.status)) found.push(`unknown status ${fact.status}`);
  const spans = fact.evidence ?? [];
  if (spans.length === 0) found.push('no evidence');
  if (
    spans.some((s) => !(Number.isInteger(s.start) && s.start >= 0 && s.end > s.start && s.end <= textLength))
  ) {
    found.push('evidence outside the text');
  }
  return found;
}

describe('extractor on the held-out articles', () => {
  const articles = readArticles();
  const gold = readGold();
  const predictions = new Map(articles.map((a) => [a.id, extractFacts(a)]));

  it('has an answer for every held-out article', () => {
    assert.equal(articles.length, 24);
    assert.deepEqual([...gold.keys()].sort(), articles.map((a) => a.id).sort());
  });

  it(`keeps overall F1 at or above ${F1_FLOOR}`, () => {
    let matched = 0;
    let goldCount = 0;
    let predictedCount = 0;
    for (const article of articles) {
      const goldFacts = gold.get(article.id) ?? [];
      const predicted = (predictions.get(article.id) ?? []) as unknown as Row[];
      matched += countMatches(goldFacts, predicted);
      goldCount += goldFacts.length;
      predictedCount += predicted.length;
    }
    const score = f1(matched, goldCount, predictedCount);
    assert.ok(score >= F1_FLOOR, `F1 ${score.toFixed(3)} fell below ${F1_FLOOR} (${matched} matched)`);
  });

  it('emits only well-formed facts with evidence inside the text', () => {
    for (const article of articles) {
      for (const fact of predictions.get(article.id) ?? []) {
        assert.deepEqual(problems(fact, article.text.length), [], `${article.id}: ${JSON.stringify(fact)}`);
      }
    }
  });

  for (const [id, content] of Object.entries(NO_FACT_ARTICLES)) {
    it(`finds no fact in ${id}: ${content}`, { todo: OPEN_FAILURES[id] ?? false }, () => {
      assert.deepEqual(predictions.get(id), []);
    });
  }
});
