import type { TransferFact, TransferStatus } from '../model/index.ts';
import { byReportOrder, type Report } from './reports.ts';

export type TransferReport = Report<TransferFact>;

/** Reports of one deal; its basis is `ordered` where an order is known, else the status that opened it. */
export interface Deal {
  basis: TransferStatus;
  /** The report that opened the deal: its first reported order, else its first report. */
  anchor: TransferReport;
  reports: TransferReport[];
}

/** Talks may precede the order by this many years and still belong to it. */
const TALKS_LEAD_YEARS = 3;
/** Reports of one order may disagree on its year by this much; further apart they are separate orders. */
const ORDER_YEAR_SLACK = 1;
/** Deliveries with no known order belong together when this close in time. */
const DELIVERY_SPAN_YEARS = 5;

/**
 * Splits the reports of one recipient and system into deals (docs/register.md, "Telling deals apart").
 * Orders are placed first, then talks and approvals, then deliveries, then cancellations, each in report
 * order, so the outcome does not depend on the order the facts arrive in.
 */
export function splitDeals(reports: readonly TransferReport[]): Deal[] {
  const sorted = [...reports].sort(byReportOrder);
  const deals: Deal[] = [];
  const place = (statuses: TransferStatus[], choose: (report: TransferReport) => Deal | undefined) => {
    for (const report of sorted) {
      if (!statuses.includes(report.fact.status)) continue;
      const deal = choose(report);
      if (deal) deal.reports.push(report);
      else deals.push({ basis: report.fact.status, anchor: report, reports: [report] });
    }
  };
  place(['ordered'], (report) => sameOrder(deals, report));
  place(['negotiating', 'approved'], (report) => orderAfterTalks(deals, report) ?? sameTalks(deals, report));
  place(['delivered'], (report) => dealBeforeDelivery(deals, report) ?? sameDeliveries(deals, report));
  // A cancellation calls off an order where there is one; talks opened after it are less likely meant.
  place(
    ['cancelled'],
    (report) =>
      latestDealBefore(deals, report, (deal) => deal.basis === 'ordered') ??
      latestDealBefore(deals, report, () => true),
  );
  return deals;
}

/** The year of the event a report names, or where unstated, the year it was reported (an upper bound). */
function eventYear(report: TransferReport): number | null {
  return report.fact.year ?? report.articleYear;
}

/** A deal's year: the first stated year among its basis reports, else its anchor's report year. */
function dealYear(deal: Deal): number | null {
  return statedYear(deal) ?? deal.anchor.articleYear;
}

function statedYear(deal: Deal): number | null {
  for (const report of deal.reports) {
    if (report.fact.status === deal.basis && report.fact.year !== null) return report.fact.year;
  }
  return null;
}

function sameOrder(deals: Deal[], report: TransferReport): Deal | undefined {
  const year = report.fact.year;
  const fits = deals.filter(
    (deal) =>
      deal.basis === 'ordered' &&
      !hasArticle(deal, 'ordered', report) &&
      quantityFits(deal, report) &&
      orderYearFits(deal, report),
  );
  const gap = (deal: Deal) => {
    const other = dealYear(deal);
    return year === null || other === null ? 0 : Math.abs(other - year);
  };
  return bestBy(fits, (deal) => gap(deal) * 2 + quantityDistance(deal, report));
}

/**
 * Stated years within the slack; a stated year not after the report of an order whose year no one states;
 * an order of unstated year reported no earlier than the order it joins.
 */
function orderYearFits(deal: Deal, report: TransferReport): boolean {
  const stated = statedYear(deal);
  const year = report.fact.year;
  if (year !== null) {
    if (stated !== null) return Math.abs(stated - year) <= ORDER_YEAR_SLACK;
    return deal.anchor.articleYear === null || year <= deal.anchor.articleYear;
  }
  const bound = dealYear(deal);
  return bound === null || report.articleYear === null || bound <= report.articleYear;
}

function orderAfterTalks(deals: Deal[], report: TransferReport): Deal | undefined {
  const year = eventYear(report);
  const fits = deals.filter((deal) => {
    if (deal.basis !== 'ordered' || hasArticle(deal, 'ordered', report) || !quantityFits(deal, report)) {
      return false;
    }
    const order = dealYear(deal);
    return year === null || order === null || (order >= year && order - year <= TALKS_LEAD_YEARS);
  });
  return bestBy(fits, (deal) => Math.abs((dealYear(deal) ?? 0) - (year ?? 0)));
}

function sameTalks(deals: Deal[], report: TransferReport): Deal | undefined {
  const year = eventYear(report);
  const fits = deals.filter((deal) => {
    if (deal.basis !== 'negotiating' && deal.basis !== 'approved') return false;
    if (hasArticle(deal, report.fact.status, report) || !quantityFits(deal, report)) return false;
    const other = dealYear(deal);
    return year === null || other === null || Math.abs(other - year) <= ORDER_YEAR_SLACK + 1;
  });
  return bestBy(fits, (deal) => Math.abs((dealYear(deal) ?? 0) - (year ?? 0)));
}

function dealBeforeDelivery(deals: Deal[], report: TransferReport): Deal | undefined {
  return (
    latestDealBefore(deals, report, (deal) => deal.basis === 'ordered') ??
    latestDealBefore(deals, report, (deal) => deal.basis === 'negotiating' || deal.basis === 'approved')
  );
}

function sameDeliveries(deals: Deal[], report: TransferReport): Deal | undefined {
  const year = eventYear(report);
  const fits = deals.filter((deal) => {
    if (deal.basis !== 'delivered') return false;
    const years = deal.reports.map(eventYear).filter((other) => other !== null);
    return (
      year === null || years.length === 0 || years.some((y) => Math.abs(y - year) <= DELIVERY_SPAN_YEARS)
    );
  });
  return fits[0];
}

/** The deal, among those accepted, whose year is latest but not after the report's event. */
function latestDealBefore(
  deals: Deal[],
  report: TransferReport,
  accept: (deal: Deal) => boolean,
): Deal | undefined {
  const year = eventYear(report);
  const fits = deals.filter((deal) => {
    if (!accept(deal)) return false;
    const other = dealYear(deal);
    return year === null || other === null || other <= year;
  });
  const latest = Math.max(...fits.map((deal) => dealYear(deal) ?? Number.NEGATIVE_INFINITY));
  return bestBy(
    fits.filter((deal) => (dealYear(deal) ?? Number.NEGATIVE_INFINITY) === latest),
    (deal) => quantityDistance(deal, report),
  );
}

/** One article reports each event once (FACTS.md): a second order in the same article is another deal. */
function hasArticle(deal: Deal, status: TransferStatus, report: TransferReport): boolean {
  return deal.reports.some((other) => other.fact.status === status && other.article.id === report.article.id);
}

function basisQuantities(deal: Deal): number[] {
  return deal.reports
    .filter((report) => report.fact.status === deal.basis && report.fact.quantity !== null)
    .map((report) => report.fact.quantity as number);
}

/** Quantities that differ by at most 2 units or 10 % are read as one figure misreported, not two deals. */
function quantityFits(deal: Deal, report: TransferReport): boolean {
  const quantity = report.fact.quantity;
  const known = basisQuantities(deal);
  if (quantity === null || known.length === 0) return true;
  return known.some((other) => Math.abs(other - quantity) <= Math.max(2, 0.1 * Math.max(other, quantity)));
}

/** 0 for the same quantity, 0.5 for a close one (only close ones pass `quantityFits`), 1 where either is unknown. */
function quantityDistance(deal: Deal, report: TransferReport): number {
  const quantity = report.fact.quantity;
  const known = basisQuantities(deal);
  if (quantity === null || known.length === 0) return 1;
  return known.includes(quantity) ? 0 : 0.5;
}

/** The candidate with the lowest score; the earliest opened wins a tie. */
function bestBy(candidates: Deal[], score: (deal: Deal) => number): Deal | undefined {
  let best: Deal | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const deal of candidates) {
    const value = score(deal);
    if (value < bestScore) {
      best = deal;
      bestScore = value;
    }
  }
  return best;
}
