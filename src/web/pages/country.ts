import { html } from 'hono/html';
import type { DealLine } from '../../analyse/profiles.ts';
import type { ProductionRow } from '../../model/index.ts';
import { type Flow, flowMap } from '../charts/flow-map.ts';
import { type ShareBar, shareBarsChart } from '../charts/share-bars.ts';
import { type TimelineEvent, timelineChart } from '../charts/timeline.ts';
import { partyLink, partyName, systemLink } from '../facts-view.ts';
import { count, type Html } from '../html.ts';

/** One line of the news-versus-reference comparison, as the page lists it. */
export interface ComparisonLine {
  /** e.g. "in the news, not in the reference", "contradicted: quantity". */
  verdict: string;
  /** What the line is about: "France → India · Rafale · ordered 2016". */
  subject: string;
  news: string;
  reference: string;
  /** The register rows behind the news side, filtered, or null. */
  registerHref: string | null;
}

export interface CountryView {
  iso3: string;
  name: string;
  role: 'importer' | 'exporter';
  period: { from: number; to: number };
  /** Where the shares come from: SIPRI TIV when a reference is imported, else counts of news deliveries. */
  sharesBasis: string;
  windows: ShareBar[];
  deals: { total: number; items: DealLine[] };
  production: ProductionRow[];
  flows: Flow[];
  /** Null when no reference is imported, so no comparison can be made. */
  comparison: ComparisonLine[] | null;
}

/** A country: supplier (or customer) shares by 5-year window, deal timeline, flow map, comparison. */
export function countryBody(view: CountryView): Html {
  const partnerWord = view.role === 'importer' ? 'suppliers' : 'customers';
  return html`<h1>${view.name} <small class="meta">${view.iso3}</small></h1>
<nav class="toolbar" aria-label="Role">
  View as: ${roleLink(view, 'importer')} · ${roleLink(view, 'exporter')}
  · <a href="/register?recipient=${view.iso3}">deals as recipient</a> · <a href="/register?supplier=${view.iso3}">deals as supplier</a>
</nav>
<section aria-labelledby="shares-heading">
  <h2 id="shares-heading">Shares of ${view.name}'s ${view.role === 'importer' ? 'imports by supplier' : 'exports by customer'}, by 5-year window</h2>
  <p class="meta">${view.sharesBasis}</p>
  ${view.windows.length === 0 ? html`<p>No ${partnerWord} recorded.</p>` : html`<div class="chart-block">${shareBarsChart(view.windows, `Shares of ${view.name}'s ${partnerWord} by window`)}${windowsTable(view.windows)}</div>`}
</section>
<div class="grid-2">
  <section aria-labelledby="map-heading">
    <h2 id="map-heading">Flow map of ${partnerWord}, ${view.period.from}–${view.period.to}</h2>
    <p class="meta">${view.comparison === null ? 'Deals reported in the news; line width grows with the number.' : 'Delivered SIPRI TIV; line width grows with the value.'}</p>
    ${
      view.flows.length === 0
        ? html`<p>No ${partnerWord} recorded.</p>`
        : html`${flowMap(view.iso3, view.flows, view.role === 'importer' ? 'in' : 'out', `Arrows from ${view.role === 'importer' ? 'each supplier to' : ''} ${view.name}${view.role === 'exporter' ? ' to each customer' : ''}`)}
    ${flowsTable(view.flows, partnerWord)}`
    }
  </section>
  <section aria-labelledby="timeline-heading">
    <h2 id="timeline-heading">Timeline of deals</h2>
    ${timelineBlock(view)}
  </section>
</div>
<section aria-labelledby="compare-heading">
  <h2 id="compare-heading">News versus reference</h2>
  ${comparisonBlock(view.comparison)}
</section>
${view.production.length === 0 ? '' : productionBlock(view.production)}`;
}

function roleLink(view: CountryView, role: 'importer' | 'exporter'): Html {
  return role === view.role
    ? html`<strong aria-current="true">${role}</strong>`
    : html`<a href="/countries/${view.iso3}?role=${role}">${role}</a>`;
}

function windowsTable(windows: ShareBar[]): Html {
  return html`<table class="compact"><caption>The chart's figures</caption><thead><tr><th scope="col">Window</th><th scope="col">Partner</th><th scope="col" class="num">Share</th></tr></thead><tbody>${windows.map(
    (bar) =>
      html`${bar.parts.map(
        (part, index) =>
          html`<tr>${index === 0 ? html`<th scope="row" rowspan="${bar.parts.length}">${bar.label}</th>` : ''}<td>${partyLink(part.partner)}</td><td class="num">${part.pct.toFixed(1)}%</td></tr>`,
      )}`,
  )}</tbody></table>`;
}

function flowsTable(flows: Flow[], partnerWord: string): Html {
  return html`<details class="data-table"><summary>The map's figures as a table</summary><table class="compact"><thead><tr><th scope="col">${partnerWord}</th><th scope="col" class="num">Value</th></tr></thead><tbody>${flows.map(
    (flow) => html`<tr><td>${partyLink(flow.partner)}</td><td class="num">${flow.shown}</td></tr>`,
  )}</tbody></table></details>`;
}

/** The timeline's markers: each dated deal on a lane named by partner and system, at its first year. */
function timelineEvents(iso3: string, deals: DealLine[]): TimelineEvent[] {
  return deals.flatMap((deal) => {
    if (deal.year === null) return [];
    const partner = deal.recipient === iso3 ? deal.supplier : deal.recipient;
    const arrow = deal.recipient === iso3 ? '←' : '→';
    const lane = `${arrow} ${partyName(partner)} · ${deal.system ?? deal.category ?? 'unspecified'}`;
    return [
      { lane, year: deal.year, status: deal.status as TimelineEvent['status'], quantity: deal.quantity },
    ];
  });
}

function timelineBlock(view: CountryView): Html {
  const events = timelineEvents(view.iso3, view.deals.items);
  if (events.length === 0) return html`<p>No dated deals in ${view.period.from}–${view.period.to}.</p>`;
  const shown = events.slice(0, 40);
  return html`${timelineChart(shown, `${view.name}'s deals by year: ← from a supplier, → to a customer`)}
<p class="meta">${shown.length < view.deals.total ? `The ${shown.length} latest of ${view.deals.total} deals; ` : ''}← bought from, → sold to.</p>
<details class="data-table"><summary>The timeline as a table</summary><table class="compact"><thead><tr><th scope="col">Year</th><th scope="col">Deal</th><th scope="col">Event</th><th scope="col" class="num">Quantity</th></tr></thead><tbody>${[
    ...events,
  ]
    .sort((a, b) => a.year - b.year)
    .map(
      (event) =>
        html`<tr><td>${event.year}</td><td>${event.lane}</td><td>${event.status}</td><td class="num">${count(event.quantity)}</td></tr>`,
    )}</tbody></table></details>`;
}

function comparisonBlock(lines: ComparisonLine[] | null): Html {
  if (lines === null)
    return html`<p>No reference is imported: run <code>armswatch import-sipri FILE.csv</code> to compare the news with it.</p>`;
  if (lines.length === 0) return html`<p>The news and the reference agree for this country.</p>`;
  return html`<div class="table-wrap"><table id="comparison"><thead><tr><th scope="col">Verdict</th><th scope="col">Deal or statement</th><th scope="col">News</th><th scope="col">Reference</th><th scope="col">Register</th></tr></thead><tbody>${lines.map(
    (line) =>
      html`<tr><td>${line.verdict}</td><td>${line.subject}</td><td>${line.news}</td><td>${line.reference}</td><td>${line.registerHref ? html`<a href="${line.registerHref}">rows</a>` : ''}</td></tr>`,
  )}</tbody></table></div>`;
}

function productionBlock(rows: ProductionRow[]): Html {
  return html`<section aria-labelledby="production-heading"><h2 id="production-heading">Production</h2>
<table class="compact"><thead><tr><th scope="col">System</th><th scope="col">Producer</th><th scope="col">Licensor</th><th scope="col" class="num">Capacity / year</th><th scope="col">Status</th></tr></thead><tbody>${rows.map(
    (row) =>
      html`<tr><td>${systemLink(row.system, row.category)}</td><td>${row.producer.consensus ?? '–'}</td><td>${row.licensor.consensus ? partyLink(row.licensor.consensus) : 'home design'}</td><td class="num">${count(row.capacityPerYear.consensus)}</td><td>${row.status.consensus ?? '–'}</td></tr>`,
  )}</tbody></table></section>`;
}
