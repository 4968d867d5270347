import { designationKey } from '../../src/extract/lexicon/index.ts';
import type { Article, ProductionFact, ShareFact, StoredFact, TransferFact } from '../../src/model/index.ts';
import type { ArticleMeta, FoldedSystem } from '../../src/resolve/index.ts';

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
