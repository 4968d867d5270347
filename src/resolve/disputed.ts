import type { Disputed, ValueVote } from '../model/index.ts';
import type { Report } from './reports.ts';

/** One report's statement of a field's value (null: the report does not state it). */
export interface Claim<T> {
  value: T | null;
  report: Report;
}

interface Tally {
  factIds: Set<string>;
  voters: Set<string>;
  lastReported: string | null;
}

/**
 * Counts the values that reports give a field. Each independent article is one vote (a near-duplicate votes
 * with its original, once); the consensus has most votes, ties going to the value reported most recently,
 * then to the smaller value so that the outcome never depends on input order.
 */
export function tally<T extends string | number>(claims: readonly Claim<T>[]): Disputed<T> {
  const byValue = new Map<T, Tally>();
  for (const { value, report } of claims) {
    if (value === null) continue;
    const entry = byValue.get(value) ?? { factIds: new Set(), voters: new Set(), lastReported: null };
    entry.factIds.add(report.stored.id);
    entry.voters.add(report.voter);
    const date = report.article.date;
    if (date !== null && (entry.lastReported === null || date > entry.lastReported))
      entry.lastReported = date;
    byValue.set(value, entry);
  }
  const values: ValueVote<T>[] = [...byValue].map(([value, entry]) => ({
    value,
    factIds: [...entry.factIds].sort(),
    votes: entry.voters.size,
    lastReported: entry.lastReported,
  }));
  values.sort(byConsensus);
  return { consensus: values[0]?.value ?? null, values, conflict: values.length > 1 };
}

function byConsensus<T extends string | number>(a: ValueVote<T>, b: ValueVote<T>): number {
  if (a.votes !== b.votes) return b.votes - a.votes;
  if (a.lastReported !== b.lastReported) {
    if (a.lastReported === null) return 1;
    if (b.lastReported === null) return -1;
    return a.lastReported > b.lastReported ? -1 : 1;
  }
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}
