import { registerShares } from '../analyse/profiles.ts';
import { computeShares, inPeriod } from '../analyse/shares.ts';
import type { AppDeps } from '../http/deps.ts';
import type { RegisterFilter, RegisterRow, TransferRow } from '../model/index.ts';
import type { OverviewView } from './pages/overview.ts';

/** The overview's counts, latest articles, most-sourced deals and the largest exporters of the last 5 years. */
export async function overviewData(deps: AppDeps): Promise<OverviewView> {
  const to = deps.now().getUTCFullYear() - 1;
  const period = { fromYear: to - 4, toYear: to };
  const reference = await deps.store.reference.metadata();
  const exporters = reference
    ? computeShares(inPeriod(await deps.store.reference.deliveryTotals(period), period), { role: 'exporter' })
    : await registerShares(deps.store, { role: 'exporter', ...period });
  const topRows = await deps.store.register.list({
    kind: 'transfer',
    sort: 'sources',
    descending: true,
    limit: 8,
  });
  return {
    articles: await deps.store.articles.count({}),
    facts: await deps.store.facts.count(),
    rows: await deps.store.register.count({}),
    latest: await deps.store.articles.list({ limit: 8 }),
    topRows: topRows as TransferRow[],
    topExporters: exporters.slice(0, 8),
    sharesBasis: reference
      ? `Shares of delivered SIPRI TIV, ${period.fromYear}–${period.toYear}, from ${reference.fileName}.`
      : `Shares of deliveries reported in the news, ${period.fromYear}–${period.toYear} (counts: no SIPRI reference is imported).`,
  };
}

/** One page of register rows for a filter, and how many match in all. */
export async function registerData(
  deps: AppDeps,
  filter: RegisterFilter,
): Promise<{ rows: RegisterRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    deps.store.register.list(filter),
    deps.store.register.count(filter),
  ]);
  return { rows, total };
}
