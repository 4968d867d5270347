/** The fact contract of spec FACTS.md: what one article says about arms transfers, production and shares. */

/** A span of the article text, in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export const CATEGORIES = [
  'aircraft',
  'air-defence',
  'armoured-vehicles',
  'artillery',
  'engines',
  'missiles',
  'naval-weapons',
  'satellites',
  'sensors',
  'ships',
  'small-arms',
  'ammunition',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const TRANSFER_STATUSES = ['negotiating', 'approved', 'ordered', 'delivered', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export const PRODUCTION_STATUSES = ['planned', 'active', 'ended'] as const;
export type ProductionStatus = (typeof PRODUCTION_STATUSES)[number];

/** A country code (ISO 3166-1 alpha-3) or `non-state:<name>`. */
export type PartyCode = string;

export interface TransferFact {
  type: 'transfer';
  supplier: PartyCode | null;
  recipient: PartyCode | null;
  system: string | null;
  category: Category | null;
  quantity: number | null;
  status: TransferStatus;
  year: number | null;
  evidence: Span[];
}

export interface ProductionFact {
  type: 'production';
  country: PartyCode;
  producer: string | null;
  system: string | null;
  category: Category | null;
  licensor: PartyCode | null;
  capacity_per_year: number | null;
  status: ProductionStatus;
  year: number | null;
  evidence: Span[];
}

export interface ShareFact {
  type: 'share';
  subject: PartyCode;
  role: 'importer' | 'exporter';
  counterpart: PartyCode | null;
  share_pct: number | null;
  period_start: number | null;
  period_end: number | null;
  source: string | null;
  evidence: Span[];
}

export type Fact = TransferFact | ProductionFact | ShareFact;
export type FactType = Fact['type'];

/** One line of `armswatch extract --format jsonl`. */
export interface ArticleFacts {
  id: string;
  facts: Fact[];
}

/** A fact as stored: the fact, its article, and its place among the article's facts. */
export interface StoredFact {
  /** `<articleId>#<index>`: stable across reruns of the same extractor on the same text. */
  id: string;
  articleId: string;
  index: number;
  fact: Fact;
}
