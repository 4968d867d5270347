import {
  TRANSFER_STATUSES,
  type TransferEvent,
  type TransferFact,
  type TransferRow,
  type TransferStatus,
} from '../model/index.ts';
import { type Deal, splitDeals, type TransferReport } from './deals.ts';
import { tally } from './disputed.ts';
import { part, rowId, uniqueKeys } from './ids.ts';
import { byReportOrder, compareDates, reportedSpan, sourceFields } from './reports.ts';
import type { FoldedSystem } from './systems.ts';

type Fold = (system: string) => FoldedSystem;

/** Transfer reports -> one row per deal, in the order their anchors were first reported. */
export function resolveTransfers(reports: readonly TransferReport[], fold: Fold): TransferRow[] {
  const groups = new Map<string, TransferReport[]>();
  for (const report of reports) {
    const key = transferGroup(report.fact, fold);
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  const deals = [...groups.values()].flatMap(splitDeals).sort((a, b) => byReportOrder(a.anchor, b.anchor));
  const keys = uniqueKeys(deals.map((deal) => dealKey(deal, fold)));
  return deals.map((deal, index) => buildRow(deal, keys[index]!, fold));
}

function systemKeyOf(fact: TransferFact, fold: Fold): string | null {
  const key = fact.system === null ? '' : fold(fact.system).key;
  return key === '' ? null : key;
}

/**
 * Reports that may concern the same deal: same recipient and system. Where the system is only a kind of
 * weapon, or the recipient is unknown, the supplier joins the key: a different supplier is then another
 * deal, not a disagreement.
 */
export function transferGroup(fact: TransferFact, fold: Fold): string {
  const system = systemKeyOf(fact, fold);
  const what = system === null ? `c:${part(fact.category)}` : `s:${system}`;
  const bySupplier = system === null || fact.recipient === null;
  return ['transfer', part(fact.recipient), what, bySupplier ? part(fact.supplier) : ''].join('|');
}

/** `transfer|recipient|system|supplier|status:year:quantity`, all of the deal's anchor report. */
function dealKey(deal: Deal, fold: Fold): string {
  const { fact, articleYear } = deal.anchor;
  const system = systemKeyOf(fact, fold);
  const year = fact.year !== null ? String(fact.year) : `~${part(articleYear)}`;
  return [
    'transfer',
    part(fact.recipient),
    system === null ? `c:${part(fact.category)}` : `s:${system}`,
    part(fact.supplier),
    `${fact.status}:${year}:${part(fact.quantity)}`,
  ].join('|');
}

function buildRow(deal: Deal, key: string, fold: Fold): TransferRow {
  const reports = deal.reports;
  const supplier = tally(reports.map((report) => ({ value: report.fact.supplier, report })));
  const spelling = tally(reports.map((report) => ({ value: report.fact.system, report }))).consensus;
  const folded = spelling === null ? null : fold(spelling);
  const events = lifecycle(reports);
  const conflicts = [
    ...(supplier.conflict ? ['supplier'] : []),
    ...events.flatMap((event) => eventConflicts(event)),
  ];
  return {
    id: rowId('transfer', key),
    key,
    group: transferGroup(deal.anchor.fact, fold),
    kind: 'transfer',
    supplier,
    recipient: deal.anchor.fact.recipient,
    system: spelling === null ? null : (folded?.name ?? spelling),
    systemKey: systemKeyOf(deal.anchor.fact, fold),
    spellings: [...new Set(reports.flatMap((report) => report.fact.system ?? []))].sort(),
    category:
      folded?.category ?? tally(reports.map((report) => ({ value: report.fact.category, report }))).consensus,
    description: folded?.description ?? null,
    status: dealStatus(events),
    events,
    conflicts,
    ...sourceFields(reports),
  };
}

/** One event per status in lifecycle order; deliveries one per delivery year. */
function lifecycle(reports: readonly TransferReport[]): TransferEvent[] {
  const events: TransferEvent[] = [];
  for (const status of TRANSFER_STATUSES) {
    const ofStatus = reports.filter((report) => report.fact.status === status);
    if (ofStatus.length === 0) continue;
    if (status !== 'delivered') {
      events.push(eventOf(status, ofStatus));
      continue;
    }
    const years = [...new Set(ofStatus.map((report) => report.fact.year))].sort(byYear);
    for (const year of years) {
      events.push(
        eventOf(
          status,
          ofStatus.filter((report) => report.fact.year === year),
        ),
      );
    }
  }
  return events;
}

function byYear(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function eventOf(status: TransferStatus, reports: TransferReport[]): TransferEvent {
  return {
    status,
    year: tally(reports.map((report) => ({ value: report.fact.year, report }))),
    quantity: tally(reports.map((report) => ({ value: report.fact.quantity, report }))),
    factIds: reports.map((report) => report.stored.id).sort(),
    ...reportedSpan(reports),
  };
}

function eventConflicts(event: TransferEvent): string[] {
  const label =
    event.status === 'delivered' ? `delivered ${event.year.consensus ?? 'undated'}` : event.status;
  return [
    ...(event.year.conflict ? [`${label}.year`] : []),
    ...(event.quantity.conflict ? [`${label}.quantity`] : []),
  ];
}

/**
 * The deal's furthest stage, or `cancelled` when a cancellation is the latest news: its year is not before
 * any other event's, or (years unknown) it was reported no earlier than they were.
 */
function dealStatus(events: readonly TransferEvent[]): TransferStatus {
  const cancelled = events.find((event) => event.status === 'cancelled');
  const others = events.filter((event) => event.status !== 'cancelled');
  if (cancelled && others.every((event) => !happensAfter(event, cancelled))) return 'cancelled';
  const stages = others.map((event) => TRANSFER_STATUSES.indexOf(event.status));
  return TRANSFER_STATUSES[Math.max(...stages)] ?? 'cancelled';
}

function happensAfter(event: TransferEvent, cancellation: TransferEvent): boolean {
  const year = event.year.consensus;
  const cancelYear = cancellation.year.consensus;
  if (year !== null && cancelYear !== null) return year > cancelYear;
  return compareDates(event.lastReported, cancellation.lastReported) > 0;
}
