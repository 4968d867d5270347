import { AppError, toAppError } from '../errors.ts';
import { extractFacts } from '../extract/index.ts';
import { bandKeys, isNearDuplicate, MIN_SHINGLES, shingles } from '../ingest/dedupe.ts';
import { articleIdentity, expandInputs, type ReadOptions, readArticles } from '../ingest/index.ts';
import type { Article, ArticleDraft, Fact } from '../model/index.ts';
import type { Repositories, Store } from '../store/index.ts';
import { refreshRegister } from './resolve.ts';

/** One input, or one item of it, that was not stored, and why. */
export interface Rejection {
  source: string;
  line: number | null;
  /** One line naming the input (and line) and the problem. */
  message: string;
}

/** What an ingest run did. */
export interface IngestSummary {
  /** Articles stored, near-duplicates included. */
  ingested: number;
  /** Exact duplicates (same content hash as a stored article): skipped. */
  duplicates: number;
  /** Stored articles linked to the earlier article they copy. */
  nearDuplicates: number;
  /** Facts stored with the new articles. */
  facts: number;
  rejected: Rejection[];
}

export interface IngestProgress {
  inputsDone: number;
  inputsTotal: number;
  summary: Readonly<IngestSummary>;
}

export interface IngestOptions {
  read: ReadOptions;
  /** The ingest time recorded on every article this run stores. */
  now: Date;
  /** Called after each input (file, URL or stdin) is done. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called as each rejection happens, so a CLI can print it at once. */
  onRejected?: (rejection: Rejection) => void;
}

/** How many band-sharing candidates are compared exactly: the ones sharing the most bands come first. */
const MAX_CANDIDATES = 20;

type StoreResult = { id: string } & (
  | { kind: 'stored'; nearDuplicate: boolean; facts: number }
  | { kind: 'duplicate' }
);

/**
 * Reads the inputs and stores each new article with its facts in one transaction, so a killed run leaves
 * only whole articles. Exact duplicates are skipped, near-duplicates stored and linked; a bad input is
 * recorded and the batch goes on. Nothing already stored is changed. At the end the register is refreshed
 * for every article the batch named, stored now or before, so a rerun after a killed run completes it too.
 */
export async function ingestBatch(
  store: Store,
  inputs: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, nearDuplicates: 0, facts: 0, rejected: [] };
  const reject = (rejection: Rejection) => {
    summary.rejected.push(rejection);
    options.onRejected?.(rejection);
  };
  const seen: string[] = [];
  const expanded = await expandInputs(inputs);
  for (const [index, input] of expanded.entries()) {
    for await (const outcome of readArticles([input], options.read)) {
      if (outcome.kind === 'rejected') {
        reject({ source: outcome.source, line: outcome.line, message: outcome.error.message });
        continue;
      }
      try {
        const result = await storeArticle(store, outcome.draft, options.now);
        seen.push(result.id);
        count(summary, result);
      } catch (error) {
        reject({ source: outcome.draft.source, line: null, message: toAppError(error).message });
      }
    }
    options.onProgress?.({ inputsDone: index + 1, inputsTotal: expanded.length, summary });
  }
  if (seen.length > 0) await refreshRegister(store, options.now, { articleIds: seen });
  return summary;
}

function count(summary: IngestSummary, result: StoreResult): void {
  if (result.kind === 'duplicate') {
    summary.duplicates++;
    return;
  }
  summary.ingested++;
  summary.facts += result.facts;
  if (result.nearDuplicate) summary.nearDuplicates++;
}

/** Stores one article and its facts in one transaction, unless the same content is already stored. */
async function storeArticle(store: Store, draft: ArticleDraft, now: Date): Promise<StoreResult> {
  const { id, contentHash } = articleIdentity(draft);
  // Checked before extracting too, so that a rerun over stored articles costs one lookup each.
  if (await store.articles.findByHash(contentHash)) return { id, kind: 'duplicate' };
  const facts = extracted({ ...draft, id });
  return store.transaction(async (tx) => {
    if (await tx.articles.findByHash(contentHash)) return { id, kind: 'duplicate' };
    const sameId = await tx.articles.get(id);
    if (sameId) {
      throw new AppError(
        'conflict',
        `${draft.source}: id "${id}" is already stored with different content (from ${sameId.source})`,
      );
    }
    const set = shingles(draft.text);
    const bands = set.size >= MIN_SHINGLES ? bandKeys(set) : [];
    const duplicateOf = await findOriginal(tx, set, bands);
    const article: Article = { ...draft, id, contentHash, ingestedAt: now.toISOString(), duplicateOf };
    await tx.articles.insert(article, bands);
    await tx.facts.replaceForArticle(id, facts);
    return { id, kind: 'stored', nearDuplicate: duplicateOf !== null, facts: facts.length };
  });
}

function extracted(article: ArticleDraft & { id: string }): Fact[] {
  try {
    return extractFacts({ id: article.id, date: article.date, title: article.title, text: article.text });
  } catch (error) {
    throw new AppError(
      'internal',
      `${article.source}: fact extraction failed (${toAppError(error).message})`,
    );
  }
}

/**
 * The stored article this text copies, or null. A copy of a copy links to the first article of the
 * story, so that later analysis counts the story once.
 */
async function findOriginal(
  tx: Repositories,
  set: ReadonlySet<number>,
  bands: readonly string[],
): Promise<string | null> {
  const candidates = (await tx.articles.findByBands(bands))
    .sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id))
    .slice(0, MAX_CANDIDATES);
  for (const candidate of candidates) {
    const stored = await tx.articles.get(candidate.id);
    if (stored && isNearDuplicate(set, shingles(stored.text))) return stored.duplicateOf ?? stored.id;
  }
  return null;
}
