import { html } from 'hono/html';
import type { Article, FactReview, RegisterRow, StoredFact } from '../../model/index.ts';
import { factFieldList, factHeadline, partyLink, systemLink } from '../facts-view.ts';
import { anchorId, highlightText } from '../highlight.ts';
import { type Html, safeHttpUrl } from '../html.ts';

/** What the article page shows: the article, its stored facts, their latest reviews and the rows they feed. */
export interface ArticleView {
  article: Article;
  facts: StoredFact[];
  /** The latest review of each reviewed fact, by fact id. */
  reviews: Map<string, FactReview>;
  /** Register rows with a source in this article. */
  rows: RegisterRow[];
}

/** The article text with each fact's evidence highlighted, and the facts beside it, linked both ways. */
export function articleBody({ article, facts, reviews, rows }: ArticleView): Html {
  const evidence = facts.map((stored, fact) => ({ fact, spans: stored.fact.evidence }));
  const link = safeHttpUrl(article.url);
  return html`<article class="article-page">
  <header class="article-head">
    <h1>${article.title ?? article.id}</h1>
    <p class="meta">
      <span>Published ${article.date ?? 'date unknown'}</span> ·
      <span>Source: ${link ? html`<a href="${link}" rel="noopener noreferrer nofollow">${article.source}</a>` : article.source}</span> ·
      <span>Ingested ${article.ingestedAt.slice(0, 10)}</span>
      ${article.duplicateOf ? html` · <span class="flag">Near-duplicate of <a href="/articles/${encodeURIComponent(article.duplicateOf)}">${article.duplicateOf}</a></span>` : ''}
    </p>
  </header>
  <div class="article-columns">
    <section class="article-text" aria-label="Article text">${highlightText(article.text, evidence)}</section>
    <aside class="fact-list" aria-label="Facts">
      <h2>${facts.length} fact${facts.length === 1 ? '' : 's'}</h2>
      ${facts.length === 0 ? html`<p>No facts were extracted from this article.</p>` : ''}
      <ol>${facts.map((stored, index) => factCard(stored, index, reviews.get(stored.id)))}</ol>
      ${rows.length === 0 ? '' : rowsList(rows)}
    </aside>
  </div>
</article>`;
}

function factCard(stored: StoredFact, index: number, review: FactReview | undefined): Html {
  const { fact } = stored;
  return html`<li class="fact-card" id="fact-${index}" data-fact="${index}">
  <p class="fact-head"><span class="badge">${index + 1}</span> <span class="type type-${fact.type}">${fact.type}</span> ${factHeadline(fact)}</p>
  ${review ? reviewNote(review) : ''}
  ${factFieldList(fact)}
  <p class="fact-links">Evidence: ${fact.evidence.map(
    (_span, ordinal) =>
      html`<a href="#${anchorId([index, ordinal])}" data-fact="${index}">span ${ordinal + 1}</a> `,
  )}· <a href="/review?fact=${encodeURIComponent(stored.id)}">review</a></p>
</li>`;
}

/** What the last analyst decided; a correction shows the corrected fields, which the register uses. */
function reviewNote(review: FactReview): Html {
  const verb = { accept: 'Accepted', reject: 'Rejected', correct: 'Corrected' }[review.action];
  return html`<p class="review-note"><span class="status-chip">${verb} by ${review.reviewer}, ${review.at.slice(0, 10)}</span>${
    review.action === 'correct' && review.after ? html` now: ${factHeadline(review.after)}` : ''
  }</p>`;
}

function rowsList(rows: RegisterRow[]): Html {
  return html`<h2>In the register</h2><ul class="register-links">${rows.map((row) => html`<li>${rowLine(row)}</li>`)}</ul>`;
}

function rowLine(row: RegisterRow): Html {
  if (row.kind === 'transfer') {
    return html`${partyLink(row.supplier.consensus)} → ${partyLink(row.recipient)} · ${systemLink(row.system, row.category)} · ${row.status}${row.conflicts.length > 0 ? html` <span class="flag">disputed</span>` : ''}`;
  }
  if (row.kind === 'production')
    return html`Made in ${partyLink(row.country)} · ${systemLink(row.system, row.category)}`;
  return html`${partyLink(row.subject)} ${row.role} share${row.counterpart ? html` with ${partyLink(row.counterpart)}` : ''}`;
}
