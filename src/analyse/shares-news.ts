import type { DeliveryTotal, StoredFact, TransferFact } from '../model/index.ts';

/**
 * Count-based delivery totals from the news: each distinct delivery (supplier, recipient, system or else
 * category, year) reported in a delivered transfer fact counts once, however many articles report it; facts
 * of articles marked as near-duplicates of another are left out. Facts without a year cannot be placed in a
 * period and are left out; a missing supplier or recipient counts as 'unknown'.
 */
export function newsDeliveryCounts(
  facts: readonly StoredFact[],
  duplicateArticles: ReadonlySet<string>,
): DeliveryTotal[] {
  const seen = new Set<string>();
  const counts = new Map<string, DeliveryTotal>();
  for (const stored of facts) {
    const fact = stored.fact;
    if (fact.type !== 'transfer' || fact.status !== 'delivered' || fact.year === null) continue;
    if (duplicateArticles.has(stored.articleId)) continue;
    const supplier = fact.supplier ?? 'unknown';
    const recipient = fact.recipient ?? 'unknown';
    const delivery = [supplier, recipient, whatKey(fact), fact.year].join('\u0000');
    if (seen.has(delivery)) continue;
    seen.add(delivery);
    const key = [supplier, recipient, fact.year].join('\u0000');
    const total = counts.get(key) ?? { supplier, recipient, year: fact.year, value: 0 };
    total.value += 1;
    counts.set(key, total);
  }
  return [...counts.values()];
}

function whatKey(fact: TransferFact): string {
  if (fact.system) return `system:${fact.system.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')}`;
  return `category:${fact.category ?? 'unknown'}`;
}
