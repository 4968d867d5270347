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

/** One analyst decision on a fact; `before` and `after` hold the fact as JSON. */
export interface FactReviewsTable {
  id: Generated<number>;
  fact_id: string;
  action: string;
  reviewer: string;
  at: string;
  before: string;
  after: string | null;
  note: string | null;
}

/** The one imported SIPRI export (id 1): what it was and when it came in. */
export interface ReferenceImportsTable {
  id: number;
  file_name: string;
  shape: string;
  generated: string | null;
  imported_at: string;
  row_count: number;
  deal_count: number;
}

/** A deal of the SIPRI reference; booleans are stored as 0/1 on both backends. */
export interface ReferenceDealsTable {
  deal_id: string;
  supplier: string;
  supplier_name: string;
  recipient: string;
  recipient_name: string;
  designation: string;
  /** The designation lower-cased with only letters and digits kept, for lookups. */
  designation_key: string;
  description: string;
  category: string;
  order_year: number | null;
  order_year_estimated: number;
  quantity_ordered: number | null;
  quantity_ordered_estimated: number;
  quantity_delivered: number | null;
  status: string;
  comments: string | null;
  tiv_per_unit: number | null;
  tiv_total: number | null;
  tiv_delivered: number | null;
  local_production: number | null;
}

/** Deliveries of a deal by year, with the parties and category copied from the deal for aggregates. */
export interface ReferenceDeliveriesTable {
  deal_id: string;
  year: number;
  quantity: number | null;
  tiv: number | null;
  estimated: number;
  /** The year's TIV as the export gives it, or its share of the deal's delivered TIV (analyse/shares-spread). */
  tiv_attributed: number;
  supplier: string;
  recipient: string;
  category: string;
}

/** A resolved register row: the whole row as JSON, plus the columns the register's filters and sorts use. */
export interface RegisterRowsTable {
  id: string;
  kind: string;
  key: string;
  /** The resolution group (RegisterRow.group): a partial refresh replaces whole groups. */
  group_key: string;
  /** Transfer supplier (consensus) / production licensor / share counterpart. */
  party_from: string | null;
  /** Transfer recipient / production country / share subject. */
  party_to: string | null;
  system: string | null;
  system_key: string | null;
  category: string | null;
  status: string | null;
  year_min: number | null;
  year_max: number | null;
  /** 1 when sources disagree on some field, else 0. */
  conflict: number;
  source_count: number;
  first_reported: string | null;
  last_reported: string | null;
  data: string;
  /** SHA-256 of `data`: a rerun compares digests, not whole rows, to find what changed. */
  digest: string;
  updated_at: string;
}

/** Which articles a register row cites. */
export interface RegisterSourcesTable {
  row_id: string;
  article_id: string;
}

/** One delivery year of one transfer row, kept by triggers on register_rows (migration 005). */
export interface RegisterDeliveriesTable {
  row_id: string;
  supplier: string | null;
  recipient: string | null;
  year: number;
}

export interface Database {
  articles: ArticlesTable;
  article_bands: ArticleBandsTable;
  facts: FactsTable;
  fact_evidence: FactEvidenceTable;
  register_rows: RegisterRowsTable;
  register_sources: RegisterSourcesTable;
  reference_imports: ReferenceImportsTable;
  reference_deals: ReferenceDealsTable;
  reference_deliveries: ReferenceDeliveriesTable;
  fact_reviews: FactReviewsTable;
  register_deliveries: RegisterDeliveriesTable;
}
