/** An article as a parser reads it, before it is stored. */
export interface ArticleDraft {
  /** Kept from a JSON article; otherwise derived from the content when stored. */
  id: string | null;
  url: string | null;
  /** Publication date: YYYY-MM-DD, YYYY-MM, or null. */
  date: string | null;
  title: string | null;
  text: string;
  /** The file path or URL it was read from, with `#n` for the n-th item of a multi-article file. */
  source: string;
}

/** A stored article. */
export interface Article extends ArticleDraft {
  id: string;
  /** SHA-256 of the normalised title and text: equal hashes are the same article. */
  contentHash: string;
  /** ISO timestamp of the ingest that stored it. */
  ingestedAt: string;
  /** The id of the article this one copies (a near-duplicate), or null. */
  duplicateOf: string | null;
}

/** What the article list shows of an article. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  source: string;
  duplicate_of: string | null;
}
