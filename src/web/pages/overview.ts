import { html } from 'hono/html';
import type { Share } from '../../analyse/shares.ts';
import type { ArticleSummary, TransferRow } from '../../model/index.ts';
import { partyLink, systemLink } from '../facts-view.ts';
import { count, type Html, queryString } from '../html.ts';

export interface OverviewView {
  articles: number;
  facts: number;
  rows: number;
  latest: ArticleSummary[];
  /** The deals with the most sources. */
  topRows: TransferRow[];
  topExporters: Share[];
  /** What the exporters' shares are computed from. */
  sharesBasis: string;
}

/** The overview: counts, a search box, the latest articles, the most-reported deals and the largest exporters. */
export function overviewBody(view: OverviewView): Html {
  return html`<h1>Overview</h1>
<ul class="stats" aria-label="Counts">
  <li><strong>${count(view.articles)}</strong> articles</li>
  <li><strong>${count(view.facts)}</strong> facts</li>
  <li><strong>${count(view.rows)}</strong> register rows</li>
</ul>
${searchForm('')}
<div class="grid-3">
  <section><h2>Latest articles</h2>${articleList(view.latest)}<p><a href="/search">All articles</a></p></section>
  <section><h2>Most-reported deals</h2>${topRowsTable(view.topRows)}<p><a href="/register">The whole register</a></p></section>
  <section><h2>Largest exporters</h2>${exportersTable(view.topExporters)}<p class="meta">${view.sharesBasis}</p></section>
</div>`;
}

function topRowsTable(rows: TransferRow[]): Html {
  if (rows.length === 0) return html`<p>No deals yet.</p>`;
  return html`<table class="compact"><thead><tr><th scope="col">Deal</th><th scope="col">Status</th><th scope="col" class="num">Articles</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr><td>${partyLink(row.supplier.consensus)} → ${partyLink(row.recipient)} · ${systemLink(row.system, row.category)}${row.conflicts.length > 0 ? html` <span class="flag" title="Sources disagree">disputed</span>` : ''}</td><td>${row.status}</td><td class="num">${new Set(row.sources.map((source) => source.articleId)).size}</td></tr>`,
  )}</tbody></table>`;
}

function exportersTable(shares: Share[]): Html {
  if (shares.length === 0) return html`<p>No deliveries yet.</p>`;
  return html`<table class="compact"><thead><tr><th scope="col">Exporter</th><th scope="col" class="num">Share</th></tr></thead>
<tbody>${shares.map((share) => html`<tr><td>${partyLink(share.country)}</td><td class="num">${share.share_pct.toFixed(1)}%</td></tr>`)}</tbody></table>`;
}

/** The full-text search form. */
function searchForm(query: string): Html {
  return html`<form class="search" action="/search" method="get" role="search">
  <label for="q">Search articles</label>
  <input id="q" type="search" name="q" value="${query}" placeholder="e.g. Rafale India">
  <button type="submit">Search</button>
</form>`;
}

/** A list of articles linking to their pages. */
function articleList(articles: ArticleSummary[]): Html {
  if (articles.length === 0) return html`<p>No articles.</p>`;
  return html`<ul class="articles">${articles.map(
    (
      article,
    ) => html`<li><a href="/articles/${encodeURIComponent(article.id)}">${article.title ?? article.id}</a>
  <span class="meta">${article.date ?? 'undated'}${article.duplicate_of ? ' · near-duplicate' : ''}</span></li>`,
  )}</ul>`;
}

export interface SearchView {
  query: string;
  page: number;
  pageSize: number;
  total: number;
  articles: ArticleSummary[];
}

/** Search results with pagination. */
export function searchBody(view: SearchView): Html {
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  return html`<h1>${view.query ? 'Search' : 'All articles'}</h1>
${searchForm(view.query)}
<p class="result-count" role="status">${count(view.total)} article${view.total === 1 ? '' : 's'}${view.query ? html` matching “${view.query}”` : ''}</p>
${articleList(view.articles)}
${pager(view.page, pages, (page) => `/search${queryString({ q: view.query, page })}`)}`;
}

/** Previous/next links and the page position. */
export function pager(page: number, pages: number, href: (page: number) => string): Html {
  if (pages <= 1) return html``;
  return html`<nav class="pager" aria-label="Pages">
  ${page > 1 ? html`<a href="${href(page - 1)}" rel="prev">← Previous</a>` : html`<span></span>`}
  <span>Page ${page} of ${pages}</span>
  ${page < pages ? html`<a href="${href(page + 1)}" rel="next">Next →</a>` : html`<span></span>`}
</nav>`;
}
