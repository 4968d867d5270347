import type { StoredFact } from '../model/index.ts';
import { type ArticleMeta, applyReviews, resolveRegister } from '../resolve/index.ts';
import type { RegisterSyncResult, Repositories, Store } from '../store/index.ts';

/** What a register refresh read and what it changed. */
export interface RefreshSummary extends RegisterSyncResult {
  /** Facts read, before reviews. */
  facts: number;
  /** Facts after reviews dropped or corrected some. */
  effectiveFacts: number;
  rows: number;
}

const PAGE = 5000;

/**
 * Rebuilds the register from every stored fact, with analysts' reviews applied, and writes the rows that
 * changed (stamped `now`). Run it after every ingest and after each review; a rerun without new facts or
 * reviews changes nothing.
 */
export async function refreshRegister(store: Store, now: Date): Promise<RefreshSummary> {
  const facts = await allFacts(store);
  const effective = applyReviews(facts, await store.reviews.latest());
  const articles = await articleMetas(store, effective);
  const rows = resolveRegister({ facts: effective, articles });
  const result = await store.transaction((tx) => tx.register.sync(rows, now.toISOString()));
  return { ...result, facts: facts.length, effectiveFacts: effective.length, rows: rows.length };
}

async function allFacts(store: Repositories): Promise<StoredFact[]> {
  const facts: StoredFact[] = [];
  for (;;) {
    const page = await store.facts.listAll({ afterId: facts.at(-1)?.id ?? null, limit: PAGE });
    facts.push(...page);
    if (page.length < PAGE) return facts;
  }
}

/** Dates and near-duplicate links of every article, and the texts of those whose shares may be in words. */
async function articleMetas(store: Repositories, facts: readonly StoredFact[]): Promise<ArticleMeta[]> {
  const metas = new Map<string, ArticleMeta>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.articles.list({ limit: PAGE, offset });
    for (const article of page) {
      metas.set(article.id, { id: article.id, date: article.date, duplicateOf: article.duplicate_of });
    }
    if (page.length < PAGE) break;
  }
  const worded = new Set(
    facts
      .filter((stored) => stored.fact.type === 'share' && stored.fact.share_pct === null)
      .map((s) => s.articleId),
  );
  for (const id of worded) {
    const meta = metas.get(id);
    if (meta) meta.text = (await store.articles.get(id))?.text ?? null;
  }
  return [...metas.values()];
}
