/**
 * The output contract of FACTS.md: every fact with its fields in the order the spec lists them, evidence
 * last, so that `armswatch extract --format jsonl` prints exactly what the scorer and the answer keys read.
 */
import type { Fact, ProductionFact, ShareFact, Span, TransferFact } from '../model/index.ts';

/** A transfer's fields in the spec's order. */
export function transferFact(fact: Omit<TransferFact, 'evidence'>, evidence: Span[]): TransferFact {
  return {
    type: 'transfer',
    supplier: fact.supplier,
    recipient: fact.recipient,
    system: fact.system,
    category: fact.category,
    quantity: fact.quantity,
    status: fact.status,
    year: fact.year,
    evidence,
  };
}

/** A production fact's fields in the spec's order. */
export function productionFact(fact: Omit<ProductionFact, 'evidence'>, evidence: Span[]): ProductionFact {
  return {
    type: 'production',
    country: fact.country,
    producer: fact.producer,
    system: fact.system,
    category: fact.category,
    licensor: fact.licensor,
    capacity_per_year: fact.capacity_per_year,
    status: fact.status,
    year: fact.year,
    evidence,
  };
}

/** A share fact's fields in the spec's order. */
export function shareFact(fact: Omit<ShareFact, 'evidence'>, evidence: Span[]): ShareFact {
  return {
    type: 'share',
    subject: fact.subject,
    role: fact.role,
    counterpart: fact.counterpart,
    share_pct: fact.share_pct,
    period_start: fact.period_start,
    period_end: fact.period_end,
    source: fact.source,
    evidence,
  };
}

/** One line of the spec's text summary of a fact: `transfer RUS>ARM Su-30SM (aircraft) q=- delivered 2019`. */
export function describeFact(fact: Fact): string {
  const value = (v: string | number | null) => (v === null ? '-' : String(v));
  if (fact.type === 'transfer') {
    const what = fact.system ?? `[${fact.category}]`;
    return `transfer ${value(fact.supplier)} > ${value(fact.recipient)}  ${what} (${fact.category})  quantity ${value(fact.quantity)}  ${fact.status} ${value(fact.year)}`;
  }
  if (fact.type === 'production') {
    const what = fact.system ?? `[${fact.category}]`;
    return `production ${fact.country}  ${what} (${fact.category})  licensor ${value(fact.licensor)}  capacity ${value(fact.capacity_per_year)}/year  ${fact.status} ${value(fact.year)}`;
  }
  const share = fact.share_pct === null ? 'share in words' : `${Math.round(fact.share_pct * 10) / 10}%`;
  return `share ${fact.subject} ${fact.role}  counterpart ${value(fact.counterpart)}  ${share}  ${value(fact.period_start)}-${value(fact.period_end)}  source ${value(fact.source)}`;
}
