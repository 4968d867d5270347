import type { StoredFact } from '../model/index.ts';
import { type ArticleMeta, applyReviews, resolutionGroup, resolveRegister } from '../resolve/index.ts';
import type { RegisterSyncResult, Repositories, Store } from '../store/index.ts';

/** What a register refresh read and what it changed. */
export interface RefreshSummary extends RegisterSyncResult {
  /** Facts read, before reviews. */
  facts: number;
  /** Facts resolved, after reviews dropped or corrected some. */
  effectiveFacts: number;
  /** Rows resolved: the whole register, or the rows of the groups redone. */
  rows: number;
  /** Resolution groups redone, or null when the whole register was. */
  groups: number | null;
}

/** Limits a refresh to what changed. */
export interface RefreshScope {
  /** Articles that were added, re-extracted, or had a fact reviewed. */
  articleIds: readonly string[];
}

const PAGE = 5000;

/**
 * Brings the register up to date with the stored facts and the analysts' reviews, writing only rows that
 * changed (stamped `now`). Without a scope it resolves every fact; with one, only the resolution groups that
 * the named articles' facts fall in, now or before (docs/register.md, "Refreshing"). Run it after every
 * ingest (scope: the new articles) and after each review (scope: the fact's article); a full refresh
 * (`armswatch resolve`) is needed after the weapon catalogue changes.
 */
export async function refreshRegister(
  store: Store,
  now: Date,
  scope?: RefreshScope,
): Promise<RefreshSummary> {
  return scope ? partialRefresh(store, now, scope.articleIds) : fullRefresh(store, now);
}

async function fullRefresh(store: Store, now: Date): Promise<RefreshSummary> {
  const facts = await allFacts(store);
  const effective = applyReviews(facts, await store.reviews.latest());
  const articles = await allArticleMetas(store, effective);
  const rows = resolveRegister({ facts: effective, articles });
  const result = await store.transaction((tx) => tx.register.sync(rows, now.toISOString()));
  return {
    ...result,
    facts: facts.length,
    effectiveFacts: effective.length,
    rows: rows.length,
    groups: null,
  };
}

async function partialRefresh(
  store: Store,
  now: Date,
  articleIds: readonly string[],
): Promise<RefreshSummary> {
  const changed = await effectiveFacts(store, await factsOf(store, articleIds));
  const groups = new Set([
    ...changed.map((stored) => resolutionGroup(stored.fact)),
    ...(await store.register.groupsCiting(articleIds)),
  ]);
  // Every fact of a group is a source of one of its rows, so the rows name every article to read again.
  const cited = (await store.register.listGroups([...groups])).flatMap((row) => row.sources);
  const articles = [...new Set([...articleIds, ...cited.map((source) => source.articleId)])];
  const facts = await factsOf(store, articles);
  const effective = (await effectiveFacts(store, facts)).filter((stored) =>
    groups.has(resolutionGroup(stored.fact)),
  );
  const rows = resolveRegister({ facts: effective, articles: await articleMetas(store, effective) });
  const result = await store.transaction((tx) => tx.register.sync(rows, now.toISOString(), [...groups]));
  return {
    ...result,
    facts: facts.length,
    effectiveFacts: effective.length,
    rows: rows.length,
    groups: groups.size,
  };
}

async function allFacts(store: Repositories): Promise<StoredFact[]> {
  const facts: StoredFact[] = [];
  for (;;) {
    const page = await store.facts.listAll({ afterId: facts.at(-1)?.id ?? null, limit: PAGE });
    facts.push(...page);
    if (page.length < PAGE) return facts;
  }
}

async function factsOf(store: Repositories, articleIds: readonly string[]): Promise<StoredFact[]> {
  const facts: StoredFact[] = [];
  for (const id of articleIds) facts.push(...(await store.facts.listForArticle(id)));
  return facts;
}

async function effectiveFacts(store: Repositories, facts: StoredFact[]): Promise<StoredFact[]> {
  if (facts.length === 0) return [];
  return applyReviews(facts, await store.reviews.latest(facts.map((stored) => stored.id)));
}

/** Dates and near-duplicate links of every article, and the texts of those whose shares may be in words. */
async function allArticleMetas(store: Repositories, facts: readonly StoredFact[]): Promise<ArticleMeta[]> {
  const metas = new Map<string, ArticleMeta>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.articles.list({ limit: PAGE, offset });
    for (const article of page) {
      metas.set(article.id, { id: article.id, date: article.date, duplicateOf: article.duplicate_of });
    }
    if (page.length < PAGE) break;
  }
  for (const id of wordedShareArticles(facts)) {
    const meta = metas.get(id);
    if (meta) meta.text = (await store.articles.get(id))?.text ?? null;
  }
  return [...metas.values()];
}

/** The same, for the articles of a few facts, read one by one. */
async function articleMetas(store: Repositories, facts: readonly StoredFact[]): Promise<ArticleMeta[]> {
  const worded = wordedShareArticles(facts);
  const metas: ArticleMeta[] = [];
  for (const id of new Set(facts.map((stored) => stored.articleId))) {
    const article = await store.articles.get(id);
    if (!article) continue;
    metas.push({
      id,
      date: article.date,
      duplicateOf: article.duplicateOf,
      ...(worded.has(id) ? { text: article.text } : {}),
    });
  }
  return metas;
}

function wordedShareArticles(facts: readonly StoredFact[]): Set<string> {
  return new Set(
    facts
      .filter((stored) => stored.fact.type === 'share' && stored.fact.share_pct === null)
      .map((stored) => stored.articleId),
  );
}
