import { html } from 'hono/html';
import {
  CATEGORIES,
  type Disputed,
  PRODUCTION_STATUSES,
  type ProductionRow,
  REGISTER_SORTS,
  type RegisterKind,
  type RegisterRow,
  type RegisterSort,
  type ShareRow,
  TRANSFER_STATUSES,
  type TransferEvent,
  type TransferRow,
} from '../../model/index.ts';
import { partyLink, systemLink } from '../facts-view.ts';
import { count, type Html, queryString } from '../html.ts';
import { pager } from './overview.ts';

/** The register filters as the page's query string carries them (all text, as typed). */
export interface RegisterForm {
  kind: RegisterKind;
  supplier: string;
  recipient: string;
  category: string;
  status: string;
  /** 'disputed' for rows whose sources disagree, 'agreed' for the others, '' for all. */
  conflict: '' | 'disputed' | 'agreed';
  system: string;
  from: string;
  to: string;
  sort: RegisterSort;
  descending: boolean;
  page: number;
}

export interface RegisterView {
  form: RegisterForm;
  rows: RegisterRow[];
  total: number;
  pageSize: number;
}

const KIND_LABELS: Record<RegisterKind, string> = {
  transfer: 'Transfers',
  production: 'Production',
  share: 'Share statements',
};

const SORT_LABELS: Record<RegisterSort, string> = {
  recipient: 'recipient',
  supplier: 'supplier',
  system: 'system',
  year: 'year',
  lastReported: 'last reported',
  sources: 'number of sources',
};

/** The query parameters that reproduce a form (page and sort included), for links and the CSV export. */
function formParams(form: RegisterForm): Record<string, string | number> {
  return {
    kind: form.kind === 'transfer' ? '' : form.kind,
    supplier: form.supplier,
    recipient: form.recipient,
    category: form.category,
    status: form.status,
    conflict: form.conflict,
    system: form.system,
    from: form.from,
    to: form.to,
    sort: form.sort === 'lastReported' ? '' : form.sort,
    dir: form.descending ? '' : 'asc',
    page: form.page === 1 ? '' : form.page,
  };
}

/** The register page: filter form, kind tabs, sortable table, pagination and CSV export. */
export function registerBody(view: RegisterView): Html {
  const { form } = view;
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  const csvHref = `/register.csv${queryString({ ...formParams(form), page: '' })}`;
  return html`<h1>Register</h1>
<nav class="toolbar" aria-label="Row kinds">${(Object.keys(KIND_LABELS) as RegisterKind[]).map(
    (kind) =>
      html`<a href="/register${queryString({ kind: kind === 'transfer' ? '' : kind })}"${kind === form.kind ? html` aria-current="page"` : ''}>${kind === form.kind ? html`<strong>${KIND_LABELS[kind]}</strong>` : KIND_LABELS[kind]}</a>`,
  )}</nav>
${filterForm(form)}
<div class="toolbar">
  <span class="result-count" role="status" id="register-count">${count(view.total)} row${view.total === 1 ? '' : 's'}</span>
  <a href="${csvHref}" download id="csv-link">Download CSV</a>
</div>
<div class="table-wrap">${table(view)}</div>
${pager(form.page, pages, (page) => `/register${queryString({ ...formParams(form), page: page === 1 ? '' : page })}`)}`;
}

function filterForm(form: RegisterForm): Html {
  const statuses =
    form.kind === 'production' ? PRODUCTION_STATUSES : form.kind === 'transfer' ? TRANSFER_STATUSES : [];
  return html`<form class="filters" method="get" action="/register" aria-label="Filters">
  ${form.kind === 'transfer' ? '' : html`<input type="hidden" name="kind" value="${form.kind}">`}
  <label>${form.kind === 'share' ? 'Counterpart' : form.kind === 'production' ? 'Licensor' : 'Supplier'} (ISO3)
    <input type="text" name="supplier" value="${form.supplier}" pattern="[A-Za-z]{3}|non-state:.+" placeholder="e.g. FRA"></label>
  <label>${form.kind === 'transfer' ? 'Recipient' : 'Country'} (ISO3)
    <input type="text" name="recipient" value="${form.recipient}" pattern="[A-Za-z]{3}|non-state:.+" placeholder="e.g. IND"></label>
  ${form.kind === 'share' ? '' : html`<label>Category ${select('category', CATEGORIES, form.category)}</label>`}
  ${statuses.length > 0 ? html`<label>Status ${select('status', statuses, form.status)}</label>` : ''}
  ${form.kind === 'share' ? '' : html`<label>System <input type="text" name="system" value="${form.system}" placeholder="e.g. Rafale"></label>`}
  <label>Sources <select name="conflict"><option value="">any</option><option value="disputed"${form.conflict === 'disputed' ? ' selected' : ''}>disagree</option><option value="agreed"${form.conflict === 'agreed' ? ' selected' : ''}>agree</option></select></label>
  <label>From year <input type="number" name="from" value="${form.from}" min="1900" max="2100"></label>
  <label>To year <input type="number" name="to" value="${form.to}" min="1900" max="2100"></label>
  <label>Sort <select name="sort">${REGISTER_SORTS.map(
    (sort) =>
      html`<option value="${sort}"${sort === form.sort ? ' selected' : ''}>${SORT_LABELS[sort]}</option>`,
  )}</select></label>
  <label>Order <select name="dir"><option value="desc"${form.descending ? ' selected' : ''}>descending</option><option value="asc"${form.descending ? '' : ' selected'}>ascending</option></select></label>
  <button type="submit">Apply</button>
  <a href="/register${queryString({ kind: form.kind === 'transfer' ? '' : form.kind })}">Clear</a>
</form>`;
}

function select(name: string, options: readonly string[], chosen: string): Html {
  return html`<select name="${name}"><option value="">any</option>${options.map(
    (option) => html`<option value="${option}"${option === chosen ? ' selected' : ''}>${option}</option>`,
  )}</select>`;
}

/** A column heading that sorts by its field: a second click reverses the order. */
function sortHeading(form: RegisterForm, sort: RegisterSort, label: string, numeric = false): Html {
  const active = form.sort === sort;
  const descending = active ? !form.descending : true;
  const href = `/register${queryString({ ...formParams({ ...form, sort, descending, page: 1 }), sort })}`;
  const state = active ? (form.descending ? 'descending' : 'ascending') : 'none';
  return html`<th scope="col"${numeric ? html` class="num"` : ''} aria-sort="${state}"><a href="${href}">${label}${active ? (form.descending ? ' ▼' : ' ▲') : ''}</a></th>`;
}

function table(view: RegisterView): Html {
  const { form, rows } = view;
  if (rows.length === 0) return html`<p>No rows match these filters.</p>`;
  if (form.kind === 'production') return productionTable(form, rows as ProductionRow[]);
  if (form.kind === 'share') return shareTable(form, rows as ShareRow[]);
  return transferTable(form, rows as TransferRow[]);
}

function transferTable(form: RegisterForm, rows: TransferRow[]): Html {
  return html`<table id="register-table">
<thead><tr>${sortHeading(form, 'supplier', 'Supplier')}${sortHeading(form, 'recipient', 'Recipient')}${sortHeading(form, 'system', 'System')}<th scope="col">Category</th><th scope="col">Status</th>${sortHeading(form, 'year', 'Events (year: quantity)')}${sortHeading(form, 'sources', 'Sources', true)}${sortHeading(form, 'lastReported', 'Last reported')}<th scope="col">Conflicts</th></tr></thead>
<tbody>${rows.map(
    (row) => html`<tr data-row="${row.id}">
  <td>${disputedParty(row.supplier)}</td><td>${partyLink(row.recipient)}</td>
  <td>${systemLink(row.system, row.category)}</td><td>${row.category ?? '–'}</td><td>${row.status}</td>
  <td>${row.events.map(eventLine)}</td>${sourcesCell(row)}<td>${row.lastReported ?? '–'}</td>${conflictCell(row.conflicts)}
</tr>`,
  )}</tbody></table>`;
}

function productionTable(form: RegisterForm, rows: ProductionRow[]): Html {
  return html`<table id="register-table">
<thead><tr>${sortHeading(form, 'recipient', 'Country')}<th scope="col">Producer</th>${sortHeading(form, 'system', 'System')}<th scope="col">Category</th>${sortHeading(form, 'supplier', 'Licensor')}<th scope="col" class="num">Capacity / year</th><th scope="col">Status</th>${sortHeading(form, 'year', 'Year')}${sortHeading(form, 'sources', 'Sources', true)}${sortHeading(form, 'lastReported', 'Last reported')}<th scope="col">Conflicts</th></tr></thead>
<tbody>${rows.map(
    (row) => html`<tr data-row="${row.id}">
  <td>${partyLink(row.country)}</td><td>${disputed(row.producer, (v) => v)}</td><td>${systemLink(row.system, row.category)}</td>
  <td>${row.category ?? '–'}</td><td>${disputedParty(row.licensor)}</td><td class="num">${disputed(row.capacityPerYear, count)}</td>
  <td>${disputed(row.status, (v) => v)}</td><td>${disputed(row.year, String)}</td>${sourcesCell(row)}<td>${row.lastReported ?? '–'}</td>${conflictCell(row.conflicts)}
</tr>`,
  )}</tbody></table>`;
}

function shareTable(form: RegisterForm, rows: ShareRow[]): Html {
  return html`<table id="register-table">
<thead><tr>${sortHeading(form, 'recipient', 'Country')}<th scope="col">Role</th>${sortHeading(form, 'supplier', 'Counterpart')}<th scope="col" class="num">Share</th>${sortHeading(form, 'year', 'Period')}<th scope="col">Published by</th>${sortHeading(form, 'sources', 'Sources', true)}${sortHeading(form, 'lastReported', 'Last reported')}<th scope="col">Conflicts</th></tr></thead>
<tbody>${rows.map(
    (row) => html`<tr data-row="${row.id}">
  <td>${partyLink(row.subject)}</td><td>${row.role}</td><td>${row.counterpart ? partyLink(row.counterpart) : 'world total'}</td>
  <td class="num">${row.sharePct.consensus === null && row.wording ? `“${row.wording.phrase}”` : disputed(row.sharePct, (v) => `${v}%`)}</td>
  <td>${row.periodStart ?? '?'}–${row.periodEnd ?? '?'}</td><td>${disputed(row.publisher, (v) => v)}</td>${sourcesCell(row)}<td>${row.lastReported ?? '–'}</td>${conflictCell(row.conflicts)}
</tr>`,
  )}</tbody></table>`;
}

/** A disputed value: its consensus, and when sources disagree the other values with their vote counts. */
export function disputed<T>(field: Disputed<T>, format: (value: T) => string): Html {
  if (field.consensus === null) return html`<span class="unknown">–</span>`;
  const consensus = format(field.consensus);
  if (!field.conflict) return html`${consensus}`;
  const others = field.values.filter((vote) => vote.value !== field.consensus);
  return html`${consensus} <span class="flag" title="Sources disagree">disputed: also ${others.map((vote) => `${format(vote.value)} (${vote.votes})`).join(', ')}</span>`;
}

function disputedParty(field: Disputed<string>): Html {
  if (!field.conflict || field.consensus === null) return partyLink(field.consensus);
  const others = field.values.filter((vote) => vote.value !== field.consensus);
  return html`${partyLink(field.consensus)} <span class="flag" title="Sources disagree">disputed: also ${others.map(
    (vote) => html`${partyLink(vote.value)} (${vote.votes})`,
  )}</span>`;
}

function eventLine(event: TransferEvent): Html {
  const quantity = event.quantity.consensus === null ? '' : html`: ${disputed(event.quantity, count)}`;
  return html`<div>${event.status} ${disputed(event.year, String)}${quantity}</div>`;
}

function sourcesCell(row: RegisterRow): Html {
  const articles = [...new Set(row.sources.map((source) => source.articleId))];
  return html`<td class="num"><details><summary>${articles.length}</summary>${articles.map(
    (id) => html`<div><a href="/articles/${encodeURIComponent(id)}">${id}</a></div>`,
  )}</details></td>`;
}

function conflictCell(conflicts: string[]): Html {
  return conflicts.length === 0
    ? html`<td>none</td>`
    : html`<td><span class="flag">${conflicts.join(', ')}</span></td>`;
}
