import type { Category, PartyCode, ProductionStatus, Span, TransferStatus } from './fact.ts';

/** One fact behind a register row, and where it was read. */
export interface RowSource {
  articleId: string;
  factId: string;
  evidence: Span[];
  /** The article's publication date (YYYY-MM-DD, YYYY-MM or null). */
  date: string | null;
  /** The article this one copies when it is a near-duplicate: it is listed as a source but casts no vote. */
  duplicateOf: string | null;
}

/** One value of a field, with the facts that state it. */
export interface ValueVote<T> {
  value: T;
  /** Ids of the facts that state this value. */
  factIds: string[];
  /** Independent articles stating it: a near-duplicate votes with its original, once. */
  votes: number;
  /** The latest publication date among the articles stating it. */
  lastReported: string | null;
}

/** A field as the sources give it: every value with its sources, the consensus, and whether they disagree. */
export interface Disputed<T> {
  /** The value with most votes; ties go to the most recently reported value (docs/register.md). */
  consensus: T | null;
  /** Every value stated, most votes first; unstated (null) values cast no vote. */
  values: ValueVote<T>[];
  /** True when sources state more than one value. */
  conflict: boolean;
}

/** One stage of a deal's lifecycle: one per status, except deliveries, which are one per delivery year. */
export interface TransferEvent {
  status: TransferStatus;
  year: Disputed<number>;
  quantity: Disputed<number>;
  factIds: string[];
  firstReported: string | null;
  lastReported: string | null;
}

interface RowBase {
  /** Derived from `key` (docs/register.md): the same deal keeps its id across reruns and new articles. */
  id: string;
  /** The readable key the id is derived from. */
  key: string;
  /**
   * The resolution group: facts that may concern the same row (same recipient and system, same production
   * country and system, same share statement). Groups resolve independently, so a refresh may redo a few.
   */
  group: string;
  /** Every fact behind the row, first reported first. */
  sources: RowSource[];
  /** The fields on which sources disagree, such as `supplier` or `ordered.quantity`. */
  conflicts: string[];
  /** Earliest and latest publication date among the sources. */
  firstReported: string | null;
  lastReported: string | null;
}

/** One deal: a supplier's transfer of one weapon system to one recipient, through its lifecycle. */
export interface TransferRow extends RowBase {
  kind: 'transfer';
  supplier: Disputed<PartyCode>;
  recipient: PartyCode | null;
  /** The designation shown: the catalogue's name, or the spelling most sources use; null for a kind of weapon. */
  system: string | null;
  /** The folded designation that variants and spellings share; null for a kind of weapon. */
  systemKey: string | null;
  /** Every spelling the sources use. */
  spellings: string[];
  category: Category | null;
  /** The catalogue's description of the weapon ("fighter aircraft"), where it knows the system. */
  description: string | null;
  /** How far the deal has gone: its furthest stage, or `cancelled` when a cancellation is the latest news. */
  status: TransferStatus;
  /** Lifecycle events in order: negotiating, approved, ordered, delivered (by year), cancelled. */
  events: TransferEvent[];
}

/** One production line: a weapon made in a country, by a producer, perhaps under licence. */
export interface ProductionRow extends RowBase {
  kind: 'production';
  country: PartyCode;
  producer: Disputed<string>;
  system: string | null;
  systemKey: string | null;
  spellings: string[];
  category: Category | null;
  licensor: Disputed<PartyCode>;
  capacityPerYear: Disputed<number>;
  /** Consensus is the latest reported status: production moves from planned to active to ended. */
  status: Disputed<ProductionStatus>;
  year: Disputed<number>;
}

/** A share given in words ("almost all") and the range of percentages it stands for. */
export interface ShareWording {
  phrase: string;
  minPct: number;
  maxPct: number;
}

/** One statement of a country's share of arms imports or exports, for one partner and period. */
export interface ShareRow extends RowBase {
  kind: 'share';
  subject: PartyCode;
  role: 'importer' | 'exporter';
  counterpart: PartyCode | null;
  periodStart: number | null;
  periodEnd: number | null;
  sharePct: Disputed<number>;
  /** The words that give the share where no figure does, read from the evidence. */
  wording: ShareWording | null;
  /** Who published the figure (`SIPRI`). */
  publisher: Disputed<string>;
}

export type RegisterRow = TransferRow | ProductionRow | ShareRow;
export type RegisterKind = RegisterRow['kind'];

/** A register row as stored, with the time resolution last changed it. */
export type StoredRegisterRow = RegisterRow & { updatedAt: string };

export const REGISTER_SORTS = ['recipient', 'supplier', 'system', 'year', 'lastReported', 'sources'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

/**
 * Narrows the register. `supplier` is the consensus supplier (production: licensor; share: counterpart),
 * `recipient` the recipient (production: country; share: subject); years select rows whose events overlap.
 */
export interface RegisterFilter {
  kind?: RegisterKind | null;
  supplier?: PartyCode | null;
  recipient?: PartyCode | null;
  /** Either party: supplier or recipient. */
  country?: PartyCode | null;
  category?: Category | null;
  status?: string | null;
  /** Rows whose system key starts with one of these (`systemSearchKeys(name)` from src/resolve gives them). */
  systemKeys?: readonly string[] | null;
  from?: number | null;
  to?: number | null;
  /** Only rows whose sources disagree (true) or agree (false). */
  conflict?: boolean | null;
  /** Only rows with a source in this article. */
  articleId?: string | null;
  sort?: RegisterSort;
  descending?: boolean;
  limit?: number;
  offset?: number;
}
