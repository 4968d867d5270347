import type { Fact, FactReview, ReviewAction, StoredFact } from '../model/index.ts';
import type { Store } from '../store/index.ts';

export type ReviewState = 'unreviewed' | 'accepted' | 'rejected' | 'corrected';

/** An evidence span with the text it covers. */
export interface Quote {
  start: number;
  end: number;
  text: string;
}

/** A fact as the API shows it: as extracted, as reviewed, and the text of its evidence. */
export interface FactView {
  id: string;
  articleId: string;
  index: number;
  fact: Fact;
  /** After the latest review: the corrected fact, or null when rejected. */
  current: Fact | null;
  review: ReviewState;
  quotes: Quote[];
}

const STATE: Record<ReviewAction, ReviewState> = {
  accept: 'accepted',
  reject: 'rejected',
  correct: 'corrected',
};

/** The fact as it stands after its latest review (null when rejected), or as extracted when never reviewed. */
export function currentFact(extracted: Fact, latest: FactReview | null): Fact | null {
  return latest ? latest.after : extracted;
}

/** The fact a new review starts from: a rejected fact is reconsidered as it stood before the rejection. */
export function reviewBase(extracted: Fact, latest: FactReview | null): Fact {
  return latest ? (latest.after ?? latest.before) : extracted;
}

/** Builds views of stored facts: their latest reviews and, when the article texts are given, their quotes. */
export async function factViews(
  store: Store,
  facts: readonly StoredFact[],
  texts: ReadonlyMap<string, string>,
): Promise<FactView[]> {
  const latest = new Map(
    (await store.reviews.latest(facts.map((stored) => stored.id))).map((review) => [review.factId, review]),
  );
  return facts.map((stored) => {
    const review = latest.get(stored.id) ?? null;
    const text = texts.get(stored.articleId) ?? '';
    return {
      id: stored.id,
      articleId: stored.articleId,
      index: stored.index,
      fact: stored.fact,
      current: currentFact(stored.fact, review),
      review: review ? STATE[review.action] : 'unreviewed',
      quotes: stored.fact.evidence.map((span) => ({ ...span, text: text.slice(span.start, span.end) })),
    };
  });
}

/** The texts of the articles these facts come from, to quote their evidence. */
export async function articleTexts(store: Store, facts: readonly StoredFact[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const articleId of new Set(facts.map((stored) => stored.articleId))) {
    const article = await store.articles.get(articleId);
    if (article) texts.set(articleId, article.text);
  }
  return texts;
}
