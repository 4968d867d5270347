import { html } from 'hono/html';
import {
  CATEGORIES,
  type Fact,
  type FactReview,
  PRODUCTION_STATUSES,
  type StoredFact,
  TRANSFER_STATUSES,
} from '../../model/index.ts';
import { factHeadline } from '../facts-view.ts';
import { type Html, queryString } from '../html.ts';
import { pager } from './overview.ts';

/** A fact in the queue, with what the analyst needs to judge it. */
export interface QueueItem {
  stored: StoredFact;
  /** The fact as it stands after earlier reviews (null when rejected). */
  current: Fact | null;
  latest: FactReview | null;
  articleTitle: string | null;
  /** The evidence spans' text. */
  quotes: string[];
}

export interface ReviewView {
  items: QueueItem[];
  /** Which part of the queue is shown. */
  show: 'unreviewed' | 'accept' | 'reject' | 'correct' | 'one';
  page: number;
  pages: number;
  trail: FactReview[];
  /** The reviewer's name remembered from the last decision, to prefill the forms. */
  reviewer: string;
  /** The server requires a token for review actions. */
  needsToken: boolean;
  /** A message about the last action: done, or what went wrong. */
  notice: { ok: boolean; text: string } | null;
}

/** Fields an analyst may correct, per fact type, with their input kind. */
const FIELDS: Record<Fact['type'], [string, 'text' | 'number' | readonly string[]][]> = {
  transfer: [
    ['supplier', 'text'],
    ['recipient', 'text'],
    ['system', 'text'],
    ['category', CATEGORIES],
    ['quantity', 'number'],
    ['status', TRANSFER_STATUSES],
    ['year', 'number'],
  ],
  production: [
    ['country', 'text'],
    ['producer', 'text'],
    ['system', 'text'],
    ['category', CATEGORIES],
    ['licensor', 'text'],
    ['capacity_per_year', 'number'],
    ['status', PRODUCTION_STATUSES],
    ['year', 'number'],
  ],
  share: [
    ['subject', 'text'],
    ['role', ['importer', 'exporter']],
    ['counterpart', 'text'],
    ['share_pct', 'number'],
    ['period_start', 'number'],
    ['period_end', 'number'],
    ['source', 'text'],
  ],
};

/** The correctable fields of a fact type and whether each is numeric, for reading the form back. */
export function correctableFields(type: Fact['type']): { name: string; numeric: boolean }[] {
  return FIELDS[type].map(([name, kind]) => ({ name, numeric: kind === 'number' }));
}

/** The review queue: unreviewed facts first, each with accept, reject and correct forms; then the audit trail. */
export function reviewBody(view: ReviewView): Html {
  return html`<h1>Review</h1>
${view.notice ? html`<p class="${view.notice.ok ? 'notice' : 'error-notice'}" role="status" id="review-notice">${view.notice.text}</p>` : ''}
<nav class="toolbar" aria-label="Queue">
  ${tab(view, 'unreviewed', 'Unreviewed')} · ${tab(view, 'accept', 'Accepted')} · ${tab(view, 'correct', 'Corrected')} · ${tab(view, 'reject', 'Rejected')}
</nav>
${reviewerForm(view.reviewer)}
<div class="review-layout">
  <section aria-label="Facts to review">
    ${view.items.length === 0 ? html`<p>Nothing to review here.</p>` : view.items.map((item) => queueItem(item, view))}
    ${pager(view.page, view.pages, (page) => `/review${queryString({ show: view.show === 'unreviewed' ? '' : view.show, page })}`)}
  </section>
  <section aria-labelledby="trail" class="trail">
    <h2 id="trail">Audit trail</h2>
    ${trailTable(view.trail)}
  </section>
</div>`;
}

/** Who is reviewing: every decision is recorded under this name (kept in a cookie). */
function reviewerForm(reviewer: string): Html {
  return html`<form method="post" action="/review/reviewer" class="reviewer-form">
  <label for="reviewer-name">${reviewer ? 'Reviewing as' : 'Your name, recorded with each decision'}</label>
  <input id="reviewer-name" type="text" name="reviewer" value="${reviewer}" required maxlength="100" autocomplete="name">
  <button type="submit" class="secondary">${reviewer ? 'Change' : 'Start reviewing'}</button>
</form>`;
}

function tab(view: ReviewView, show: ReviewView['show'], label: string): Html {
  return view.show === show
    ? html`<strong aria-current="page">${label}</strong>`
    : html`<a href="/review${queryString({ show: show === 'unreviewed' ? '' : show })}">${label}</a>`;
}

function queueItem(item: QueueItem, view: ReviewView): Html {
  const { stored } = item;
  const fact = item.current ?? stored.fact;
  const action = `/review/${encodeURIComponent(stored.id)}`;
  const common = html`<input type="hidden" name="reviewer" value="${view.reviewer}">${
    view.needsToken
      ? html`<label>Token <input type="password" name="token" required autocomplete="off"></label>`
      : ''
  }`;
  const disabled = view.reviewer ? '' : html` disabled title="Give your name above first"`;
  return html`<article class="review-item${item.latest ? ' reviewed' : ''}" id="review-${stored.id}" data-fact-id="${stored.id}">
  <p><span class="type type-${fact.type}">${fact.type}</span> ${factHeadline(fact)}
    ${item.latest ? html`<span class="status-chip">${item.latest.action}ed by ${item.latest.reviewer}</span>` : html`<span class="status-chip">unreviewed</span>`}</p>
  <p class="meta">From <a href="/articles/${encodeURIComponent(stored.articleId)}#fact-${stored.index}">${item.articleTitle ?? stored.articleId}</a> · fact ${stored.id}</p>
  ${item.quotes.map((quote) => html`<blockquote class="evidence-quote">${quote}</blockquote>`)}
  <div class="actions">
  <form method="post" action="${action}"><input type="hidden" name="action" value="accept">${common}<button type="submit"${disabled}>Accept</button></form>
  <form method="post" action="${action}"><input type="hidden" name="action" value="reject">${common}<button type="submit" class="danger"${disabled}>Reject</button></form>
  <details><summary>Correct…</summary>
    <form method="post" action="${action}" class="correct-form"><input type="hidden" name="action" value="correct">${common}
      ${FIELDS[fact.type].map(([name, kind]) => field(fact, name, kind))}
      <label>Note <input type="text" name="note" maxlength="2000"></label>
      <button type="submit" class="secondary"${disabled}>Save correction</button>
    </form>
  </details>
  </div>
</article>`;
}

function field(fact: Fact, name: string, kind: 'text' | 'number' | readonly string[]): Html {
  const value = (fact as unknown as Record<string, string | number | null>)[name] ?? '';
  const label = name.replaceAll('_', ' ');
  if (typeof kind !== 'string') {
    return html`<label>${label} <select name="${name}">${name === 'category' ? html`<option value="">–</option>` : ''}${kind.map(
      (option) => html`<option value="${option}"${option === value ? ' selected' : ''}>${option}</option>`,
    )}</select></label>`;
  }
  return html`<label>${label} <input type="${kind}" name="${name}" value="${value}"${kind === 'number' ? html` step="any"` : ''}></label>`;
}

function trailTable(trail: FactReview[]): Html {
  if (trail.length === 0) return html`<p>No decisions yet.</p>`;
  return html`<table id="audit-trail" class="compact"><thead><tr><th scope="col">When, who</th><th scope="col">Decision</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
<tbody>${trail.map(
    (review) =>
      html`<tr><td>${review.at.replace('T', ' ').slice(0, 16)}<br>${review.reviewer}</td><td><strong>${review.action}</strong> <a href="/review?fact=${encodeURIComponent(review.factId)}">${review.factId}</a>${review.note ? html`<br><em>${review.note}</em>` : ''}</td>${changeCells(review)}</tr>`,
  )}</tbody></table>`;
}

/** Before and after, limited to the fields that changed (all fields for a rejection). */
function changeCells(review: FactReview): Html {
  const before = review.before as unknown as Record<string, unknown>;
  const after = review.after as unknown as Record<string, unknown> | null;
  const keys = Object.keys(before).filter((key) => key !== 'evidence' && key !== 'type');
  const changed = after
    ? keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    : keys;
  const show = (fact: Record<string, unknown> | null) =>
    fact === null
      ? html`<em>rejected</em>`
      : changed.length === 0
        ? html`<em>unchanged</em>`
        : html`${changed.map((key) => html`<div>${key}: ${fact[key] === null ? '–' : String(fact[key])}</div>`)}`;
  return html`<td>${show(before)}</td><td>${show(after)}</td>`;
}
