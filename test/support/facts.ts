import { designationKey } from '../../src/extract/lexicon/index.ts';
import type {
  Article,
  Fact,
  ProductionFact,
  ReferenceDeal,
  ShareFact,
  Span,
  StoredFact,
  TransferFact,
} from '../../src/model/index.ts';
import type { ArticleMeta, FoldedSystem } from '../../src/resolve/index.ts';
import type { NewFactReview } from '../../src/store/index.ts';

/** A transfer fact: supplier > recipient, system, quantity, status, year; the rest filled in. */
export function transfer(fields: Partial<TransferFact> = {}): TransferFact {
  return {
    type: 'transfer',
    supplier: 'FRA',
    recipient: 'IND',
    system: 'Rafale',
    category: 'aircraft',
    quantity: null,
    status: 'ordered',
    year: null,
    evidence: [{ start: 0, end: 10 }],
    ...fields,
  };
}

/** A production fact: a rifle line in Armenia unless the fields say otherwise. */
export function production(fields: Partial<ProductionFact> = {}): ProductionFact {
  return {
    type: 'production',
    country: 'ARM',
    producer: null,
    system: 'AK-103',
    category: 'small-arms',
    licensor: null,
    capacity_per_year: null,
    status: 'active',
    year: null,
    evidence: [{ start: 0, end: 10 }],
    ...fields,
  };
}

/** A share statement: Russia's share of Armenia's imports in 2015-19 unless the fields say otherwise. */
export function share(fields: Partial<ShareFact> = {}): ShareFact {
  return {
    type: 'share',
    subject: 'ARM',
    role: 'importer',
    counterpart: 'RUS',
    share_pct: null,
    period_start: 2015,
    period_end: 2019,
    source: 'SIPRI',
    evidence: [{ start: 0, end: 10 }],
    ...fields,
  };
}

/** Where a phrase stands in a fixture text, as an evidence span; throws when the text lacks it. */
/** India's 36 Rafales from France, ordered 2016, delivered 2020: a reference deal to vary per test. */
export function referenceDeal(fields: Partial<ReferenceDeal> = {}): ReferenceDeal {
  return {
    dealId: 'r1',
    supplier: 'FRA',
    supplierName: 'France',
    recipient: 'IND',
    recipientName: 'India',
    designation: 'Rafale',
    description: 'FGA aircraft',
    category: 'aircraft',
    orderYear: 2016,
    orderYearEstimated: false,
    quantityOrdered: 36,
    quantityOrderedEstimated: false,
    quantityDelivered: 36,
    deliveries: [{ year: 2020, quantity: 36, tiv: 1800, estimated: false }],
    status: 'New',
    comments: null,
    tivPerUnit: 50,
    tivTotal: 1800,
    tivDelivered: 1800,
    localProduction: null,
    ...fields,
  };
}

export function spanOf(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not in its text: ${phrase}`);
  return { start, end: start + phrase.length };
}

/** Facts of one article, stored as the fact store numbers them (`<articleId>#<index>`). */
export function storedFacts(articleId: string, facts: StoredFact['fact'][]): StoredFact[] {
  return facts.map((fact, index) => ({ id: `${articleId}#${index}`, articleId, index, fact }));
}

/** What resolution reads of an article. */
export function meta(id: string, date: string | null, duplicateOf: string | null = null): ArticleMeta {
  return { id, date, duplicateOf };
}

/** A whole stored article with a made-up text, for store and CLI tests. */
export function storedArticle(id: string, date: string | null, fields: Partial<Article> = {}): Article {
  return {
    id,
    url: null,
    date,
    title: `Report ${id}`,
    text: `Fixture text of report ${id} about arms deliveries.`,
    source: `fixtures/${id}.txt`,
    contentHash: `hash-${id}`,
    ingestedAt: '2024-01-01T00:00:00.000Z',
    duplicateOf: null,
    ...fields,
  };
}

/** An analyst's review of a fact that stood as `before`: an acceptance unless the fields say otherwise. */
export function factReview(factId: string, before: Fact, fields: Partial<NewFactReview> = {}): NewFactReview {
  return {
    factId,
    action: 'accept',
    reviewer: 'analyst',
    at: '2024-06-02T00:00:00.000Z',
    before,
    after: before,
    note: null,
    ...fields,
  };
}

/**
 * A stand-in for the weapon catalogue, so that tests do not depend on its data: `F-16C` and `F-16D` fold
 * into the `F-16` family, every other designation keys on its letters and digits.
 */
export function testFold(system: string): FoldedSystem {
  if (/^f-?16[cd]?$/i.test(system.replace(/\s+/g, ''))) {
    return { key: 'f16', name: 'F-16', category: 'aircraft', description: 'FGA aircraft' };
  }
  return { key: designationKey(system), name: null, category: null, description: null };
}
