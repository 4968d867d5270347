import { html } from 'hono/html';
import type { PartyCount, SystemProfile } from '../../analyse/profiles.ts';
import type { ReferenceDeal, TransferRow } from '../../model/index.ts';
import { type TimelineEvent, timelineChart } from '../charts/timeline.ts';
import { partyLink, partyName } from '../facts-view.ts';
import { count, type Html } from '../html.ts';
import { disputed } from './register.ts';

/** A weapon system: what it is, who sells, operates and makes it, its deals (timeline and table), the reference's. */
export function systemBody(profile: SystemProfile, asked: string): Html {
  const rows = profile.rows.items;
  const deals = rows.filter((row): row is TransferRow & (typeof rows)[number] => row.kind === 'transfer');
  const events = systemEvents(deals);
  return html`<h1>${profile.name}</h1>
<p class="meta">${profile.description ?? profile.category ?? ''}${profile.spellings.length > 1 ? html` · written ${profile.spellings.join(', ')}` : ''}</p>
<p><a href="/register?system=${encodeURIComponent(asked)}">These deals in the register</a></p>
<div class="grid-3">
  <section><h2>Supplied by</h2>${partyCounts(profile.suppliers, 'deal')}</section>
  <section><h2>Operated by</h2>${partyCounts(profile.operators, 'register row')}</section>
  <section><h2>Made in</h2>${producers(profile)}</section>
</div>
<section aria-labelledby="deals-heading">
  <h2 id="deals-heading">${profile.rows.total} register row${profile.rows.total === 1 ? '' : 's'}</h2>
  ${events.length > 0 ? timelineChart(events.slice(0, 40), `Deals for ${profile.name} by year`) : ''}
  ${deals.length === 0 ? html`<p>No transfers in the news register.</p>` : dealsTable(deals)}
</section>
${profile.reference.total === 0 ? '' : referenceTable(profile.reference.items, profile.reference.total)}`;
}

function partyCounts(counts: PartyCount[], unit: string): Html {
  if (counts.length === 0) return html`<p>None recorded.</p>`;
  return html`<ul>${counts.slice(0, 10).map((entry) => html`<li>${partyLink(entry.party)} <span class="meta">(${entry.rows} ${unit}${entry.rows === 1 ? '' : 's'})</span></li>`)}</ul>`;
}

function producers(profile: SystemProfile): Html {
  if (profile.producers.length === 0) return html`<p>No production recorded.</p>`;
  return html`<ul>${profile.producers.map(
    (line) =>
      html`<li>${partyLink(line.country)}${line.producer ? ` by ${line.producer}` : ''}${line.licensor ? html`, under licence from ${partyLink(line.licensor)}` : ''} <span class="meta">(${line.status ?? 'status unknown'})</span></li>`,
  )}</ul>`;
}

function systemEvents(deals: TransferRow[]): TimelineEvent[] {
  return deals.flatMap((deal) => {
    const lane = `${partyName(deal.supplier.consensus)} → ${partyName(deal.recipient)}`;
    return deal.events.flatMap((event) =>
      event.year.consensus === null
        ? []
        : [{ lane, year: event.year.consensus, status: event.status, quantity: event.quantity.consensus }],
    );
  });
}

function dealsTable(deals: TransferRow[]): Html {
  return html`<table id="system-deals"><thead><tr><th scope="col">Supplier</th><th scope="col">Recipient</th><th scope="col">Written</th><th scope="col">Status</th><th scope="col">Events</th><th scope="col" class="num">Articles</th></tr></thead>
<tbody>${deals.map(
    (deal) =>
      html`<tr><td>${partyLink(deal.supplier.consensus)}</td><td>${partyLink(deal.recipient)}</td><td>${deal.spellings.join(', ')}</td><td>${deal.status}</td><td>${deal.events.map(
        (event) =>
          html`<div>${event.status} ${disputed(event.year, String)}${event.quantity.consensus === null ? '' : html`: ${disputed(event.quantity, count)}`}</div>`,
      )}</td><td class="num">${new Set(deal.sources.map((source) => source.articleId)).size}</td></tr>`,
  )}</tbody></table>`;
}

function referenceTable(deals: ReferenceDeal[], total: number): Html {
  return html`<section aria-labelledby="reference-heading"><h2 id="reference-heading">In the SIPRI reference (${total})</h2>
<table class="compact"><thead><tr><th scope="col">Supplier</th><th scope="col">Recipient</th><th scope="col">Designation</th><th scope="col">Order year</th><th scope="col" class="num">Ordered</th><th scope="col" class="num">Delivered</th><th scope="col">Delivery years</th></tr></thead><tbody>${deals.map(
    (deal) =>
      html`<tr><td>${partyLink(deal.supplier)}</td><td>${partyLink(deal.recipient)}</td><td>${deal.designation}</td><td>${deal.orderYear ?? '–'}${deal.orderYearEstimated ? ' (est.)' : ''}</td><td class="num">${count(deal.quantityOrdered)}</td><td class="num">${count(deal.quantityDelivered)}</td><td>${deal.deliveries.map((delivery) => delivery.year).join(', ')}</td></tr>`,
  )}</tbody></table></section>`;
}
