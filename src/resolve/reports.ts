import type { Fact, RowSource, StoredFact } from '../model/index.ts';

/** What resolution needs to know of an article: its date, whether it copies another, and (for shares) its text. */
export interface ArticleMeta {
  id: string;
  date: string | null;
  duplicateOf: string | null;
  /** Needed only to read shares given in words from their evidence; may be omitted otherwise. */
  text?: string | null;
}

/** A fact together with the article that reports it: the unit that resolution sorts, groups and counts. */
export interface Report<F extends Fact = Fact> {
  stored: StoredFact;
  fact: F;
  article: ArticleMeta;
  /** Who votes for this report's values: the original article for a near-duplicate, else the article itself. */
  voter: string;
  /** The article's publication year, or null. */
  articleYear: number | null;
}

/** Pairs each fact with its article; facts whose article is unknown are reported as of an undated article. */
export function toReports(facts: readonly StoredFact[], articles: readonly ArticleMeta[]): Report[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return facts.map((stored) => {
    const article = byId.get(stored.articleId) ?? { id: stored.articleId, date: null, duplicateOf: null };
    return {
      stored,
      fact: stored.fact,
      article,
      voter: article.duplicateOf ?? article.id,
      articleYear: yearOf(article.date),
    };
  });
}

/** The year of a YYYY, YYYY-MM or YYYY-MM-DD date. */
function yearOf(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** First reported first: by publication date (undated last), then article id, then the fact's place in it. */
export function byReportOrder(a: Report, b: Report): number {
  return (
    compareDates(a.article.date, b.article.date) ||
    compareText(a.article.id, b.article.id) ||
    a.stored.index - b.stored.index
  );
}

/** Compares dates as text (ISO dates sort as text); null sorts after every date. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The row's view of a report. */
function sourceOf(report: Report): RowSource {
  return {
    articleId: report.article.id,
    factId: report.stored.id,
    evidence: report.fact.evidence,
    date: report.article.date,
    duplicateOf: report.article.duplicateOf,
  };
}

/** The fields every row shares: its sources in report order and the span of their dates. */
export function sourceFields(reports: readonly Report[]) {
  const sorted = [...reports].sort(byReportOrder);
  return { sources: sorted.map(sourceOf), ...reportedSpan(sorted) };
}

/** The earliest and latest publication date among reports. */
export function reportedSpan(reports: readonly Report[]): {
  firstReported: string | null;
  lastReported: string | null;
} {
  let firstReported: string | null = null;
  let lastReported: string | null = null;
  for (const { article } of reports) {
    if (article.date === null) continue;
    if (firstReported === null || article.date < firstReported) firstReported = article.date;
    if (lastReported === null || article.date > lastReported) lastReported = article.date;
  }
  return { firstReported, lastReported };
}
