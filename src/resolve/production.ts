import type { ProductionFact, ProductionRow, ProductionStatus } from '../model/index.ts';
import { tally } from './disputed.ts';
import { part, rowId, uniqueKeys } from './ids.ts';
import { byReportOrder, type Report, sourceFields } from './reports.ts';
import type { FoldedSystem } from './systems.ts';

type ProductionReport = Report<ProductionFact>;
type Fold = (system: string) => FoldedSystem;

/**
 * Production reports -> one row per production line: same country and system (or kind of weapon), and a
 * producer that agrees (equal names, one name within the other, or unnamed). One article's two facts of the
 * same key are two lines (FACTS.md: two plants are two facts).
 */
export function resolveProduction(reports: readonly ProductionReport[], fold: Fold): ProductionRow[] {
  const groups = new Map<string, ProductionReport[][]>();
  for (const report of [...reports].sort(byReportOrder)) {
    const key = productionGroup(report.fact, fold);
    const lines = groups.get(key) ?? [];
    const line = lines.find((candidate) => fitsLine(candidate, report));
    if (line) line.push(report);
    else lines.push([report]);
    groups.set(key, lines);
  }
  const lines = [...groups.values()].flat().sort((a, b) => byReportOrder(a[0]!, b[0]!));
  const keys = uniqueKeys(lines.map((line) => lineKey(line[0]!, fold)));
  return lines.map((line, index) => buildRow(line, keys[index]!, fold));
}

/** Production facts of one country and system (or kind of weapon): they may concern one line. */
export function productionGroup(fact: ProductionFact, fold: Fold): string {
  return ['production', fact.country, whatKey(fact, fold)].join('|');
}

function whatKey(fact: ProductionFact, fold: Fold): string {
  const system = fact.system === null ? '' : fold(fact.system).key;
  return system === '' ? `c:${part(fact.category)}` : `s:${system}`;
}

/** Lower-case words of a producer's name, for comparing "Kalashnikov" with "the Kalashnikov Concern". */
function producerKey(producer: string | null): string | null {
  if (producer === null) return null;
  const key = producer
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key === '' ? null : key;
}

function fitsLine(line: ProductionReport[], report: ProductionReport): boolean {
  if (line.some((other) => other.article.id === report.article.id)) return false;
  const producer = producerKey(report.fact.producer);
  if (producer === null) return true;
  return line.every((other) => {
    const known = producerKey(other.fact.producer);
    return known === null || known.includes(producer) || producer.includes(known);
  });
}

/** `production|country|system|producer`, the producer being the first report's (or `-`). */
function lineKey(anchor: ProductionReport, fold: Fold): string {
  const { fact } = anchor;
  return ['production', fact.country, whatKey(fact, fold), part(producerKey(fact.producer))].join('|');
}

function buildRow(reports: ProductionReport[], key: string, fold: Fold): ProductionRow {
  const claims = <T>(pick: (fact: ProductionFact) => T | null) =>
    reports.map((report) => ({ value: pick(report.fact), report }));
  const spelling = tally(claims((fact) => fact.system)).consensus;
  const folded = spelling === null ? null : fold(spelling);
  const producer = tally(claims((fact) => fact.producer));
  const licensor = tally(claims((fact) => fact.licensor));
  const capacityPerYear = tally(claims((fact) => fact.capacity_per_year));
  const year = tally(claims((fact) => fact.year));
  const conflicts = Object.entries({ licensor, capacityPerYear, year })
    .filter(([, field]) => field.conflict)
    .map(([name]) => name);
  const anchor = reports[0]!;
  return {
    id: rowId('production', key),
    key,
    group: productionGroup(anchor.fact, fold),
    kind: 'production',
    country: anchor.fact.country,
    producer,
    system: spelling === null ? null : (folded?.name ?? spelling),
    systemKey: anchor.fact.system === null ? null : fold(anchor.fact.system).key || null,
    spellings: [...new Set(reports.flatMap((report) => report.fact.system ?? []))].sort(),
    category: folded?.category ?? tally(claims((fact) => fact.category)).consensus,
    licensor,
    capacityPerYear,
    status: latestStatus(reports),
    year,
    conflicts,
    ...sourceFields(reports),
  };
}

/**
 * Production moves from planned to active to ended, so differing statuses are news, not a disagreement:
 * the consensus is the most recently reported status and no conflict is flagged.
 */
function latestStatus(reports: ProductionReport[]) {
  const status = tally(reports.map((report) => ({ value: report.fact.status, report })));
  // Reports are in report order, undated ones last: the latest status is that of the latest dated report.
  const dated = reports.filter((report) => report.article.date !== null);
  const latest = (dated.at(-1) ?? reports.at(-1))?.fact.status ?? null;
  return { ...status, consensus: latest as ProductionStatus | null, conflict: false };
}
