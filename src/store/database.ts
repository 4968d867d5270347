import type { Generated } from 'kysely';

/** Row types of the tables; they never leave store/. */
export interface ArticlesTable {
  id: string;
  url: string | null;
  date: string | null;
  title: string | null;
  text: string;
  source: string;
  content_hash: string;
  ingested_at: string;
  duplicate_of: string | null;
}

/** Locality-sensitive hash bands of an article's MinHash signature, for near-duplicate lookup. */
export interface ArticleBandsTable {
  band: string;
  article_id: string;
}

export interface FactsTable {
  id: string;
  article_id: string;
  idx: number;
  type: string;
  /** The whole fact as JSON (contract fields, without evidence). */
  data: string;
  /** Denormalised keys for filtering: transfer supplier / production licensor / share counterpart. */
  party_from: string | null;
  /** transfer recipient / production country / share subject. */
  party_to: string | null;
  system: string | null;
  category: string | null;
  status: string | null;
  year: number | null;
}

export interface FactEvidenceTable {
  fact_id: string;
  ordinal: number;
  start: number;
  end: number;
}

export interface MigrationsSeen {
  seq: Generated<number>;
}

export interface Database {
  articles: ArticlesTable;
  article_bands: ArticleBandsTable;
  facts: FactsTable;
  fact_evidence: FactEvidenceTable;
}
