import type { Comparison, FieldDifference } from '../analyse/compare.ts';
import { countryProfile, type DealLine, type WindowShares } from '../analyse/profiles.ts';
import type { AppDeps } from '../http/deps.ts';
import type { Flow } from './charts/flow-map.ts';
import type { ShareBar } from './charts/share-bars.ts';
import { partyName } from './facts-view.ts';
import { queryString } from './html.ts';
import type { ComparisonLine, CountryView } from './pages/country.ts';

/** The years a country page covers by default: the 20 years before the current one, as the API has it. */
export const DEFAULT_YEARS = 20;

/** Everything the country page shows, from the same profile the API serves. */
export async function countryData(
  deps: AppDeps,
  iso3: string,
  options: { role: 'importer' | 'exporter' | null; from: number | null; to: number | null },
): Promise<CountryView> {
  const to = options.to ?? deps.now().getUTCFullYear() - 1;
  const period = { from: Math.min(options.from ?? to - DEFAULT_YEARS + 1, to), to };
  const profile = await countryProfile(deps.store, iso3, period);
  const items = profile.deals.items;
  const imports = items.filter((deal) => deal.recipient === iso3).length;
  const role = options.role ?? (imports >= items.length - imports ? 'importer' : 'exporter');
  const windows = role === 'importer' ? profile.suppliers : profile.customers;
  const hasReference = profile.comparison.coverage !== null;
  return {
    iso3,
    name: partyName(iso3),
    role,
    period,
    sharesBasis: hasReference
      ? 'Shares of delivered SIPRI TIV (trend-indicator value) from the imported reference.'
      : 'Shares of deliveries reported in the news, counted (no SIPRI reference is imported, so no TIV).',
    windows: shareBars(windows, hasReference),
    deals: profile.deals,
    production: profile.production,
    flows: hasReference ? referenceFlows(windows) : dealFlows(iso3, items, role),
    comparison: hasReference ? comparisonLines(profile.comparison) : null,
  };
}

/** The windows that have shares, oldest first, from the reference when imported, else from the news. */
function shareBars(windows: WindowShares[], fromReference: boolean): ShareBar[] {
  return [...windows]
    .reverse()
    .map((window) => ({
      label: `${window.from}–${window.to}`,
      parts: (fromReference ? window.reference : window.news).map((share) => ({
        partner: share.country,
        label: partyName(share.country),
        pct: share.share_pct,
      })),
    }))
    .filter((bar) => bar.parts.length > 0);
}

/** Delivered TIV per partner over the whole period, for the flow map. */
function referenceFlows(windows: WindowShares[]): Flow[] {
  const tally = new Map<string, number>();
  for (const share of windows.flatMap((window) => window.reference)) {
    tally.set(share.country, (tally.get(share.country) ?? 0) + share.value);
  }
  return sortedFlows(tally, (value) => `${Math.round(value).toLocaleString('en-GB')} TIV`);
}

/** Deals reported in the news per partner over the period, for the flow map when there is no reference. */
function dealFlows(iso3: string, deals: DealLine[], role: 'importer' | 'exporter'): Flow[] {
  const tally = new Map<string, number>();
  for (const deal of deals) {
    const partner = role === 'importer' ? deal.supplier : deal.recipient;
    const mine = role === 'importer' ? deal.recipient : deal.supplier;
    if (mine === iso3 && partner) tally.set(partner, (tally.get(partner) ?? 0) + 1);
  }
  return sortedFlows(tally, (value) => `${value} deal${value === 1 ? '' : 's'}`);
}

function sortedFlows(tally: Map<string, number>, shown: (value: number) => string): Flow[] {
  return [...tally]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([partner, value]) => ({ partner, label: partyName(partner), value, shown: shown(value) }));
}

const FIELD_NAMES: Record<FieldDifference['field'], string> = {
  supplier: 'supplier',
  quantity: 'quantity',
  orderYear: 'order year',
};

const NEWS_ONLY: Record<string, string> = {
  new: 'news only: newer than the reference',
  unrecorded: 'news only: not in the reference',
  'not-ordered': 'news only: talks or approval, which SIPRI does not record',
  'not-covered': 'news only: small arms or ammunition, which SIPRI leaves out',
};

/** The comparison as lines of one table: contradictions first, then deals the reference lacks, then shares. */
function comparisonLines(comparison: Comparison): ComparisonLine[] {
  const contradicted = comparison.contradicted.map((entry) => ({
    verdict: `contradicted: ${entry.differences.map((difference) => FIELD_NAMES[difference.field]).join(', ')}`,
    subject: `${partyName(entry.recipient)} · ${entry.designation}`,
    news: entry.differences
      .map((difference) => `${FIELD_NAMES[difference.field]} ${shown(difference.field, difference.news)}`)
      .join('; '),
    reference: entry.differences
      .map(
        (difference) => `${FIELD_NAMES[difference.field]} ${shown(difference.field, difference.reference)}`,
      )
      .join('; '),
    registerHref: `/register${queryString({ recipient: entry.recipient, system: entry.system ?? entry.designation })}`,
  }));
  const newsOnly = comparison.newsOnly.map((entry) => ({
    verdict: NEWS_ONLY[entry.reason] ?? `news only (${entry.reason})`,
    subject: `${partyName(entry.supplier)} → ${partyName(entry.recipient)} · ${entry.system ?? entry.category ?? 'unspecified'}`,
    news: `${entry.status}${entry.orderYear ? ` ${entry.orderYear}` : ''}${entry.quantity === null ? '' : `, ${entry.quantity} units`} (${entry.sources} source${entry.sources === 1 ? '' : 's'})`,
    reference: '–',
    registerHref: `/register${queryString({ supplier: entry.supplier, recipient: entry.recipient, system: entry.system })}`,
  }));
  const shares = comparison.shares.map((check) => ({
    verdict: `share ${check.verdict}`,
    subject: `${partyName(check.subject)} ${check.role}${check.counterpart ? `, ${partyName(check.counterpart)}'s share` : ', share of world'} ${check.periodStart ?? '?'}–${check.periodEnd ?? '?'}`,
    news: check.statedPct !== null ? `${check.statedPct}%` : (check.wording ?? '–'),
    reference: `${check.computedPct === null ? '–' : `${check.computedPct.toFixed(1)}%`} (${check.reason})`,
    registerHref: `/register${queryString({ kind: 'share', recipient: check.subject })}`,
  }));
  return [...contradicted, ...newsOnly, ...shares];
}

function shown(field: string, value: string | number): string {
  return field === 'supplier' && typeof value === 'string' ? partyName(value) : String(value);
}
