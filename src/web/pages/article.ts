import { html } from 'hono/html';
import type { Article, StoredFact } from '../../model/index.ts';
import { factFieldList, factHeadline } from '../facts-view.ts';
import { anchorId, highlightText } from '../highlight.ts';
import { type Html, safeHttpUrl } from '../html.ts';

/** What the article page shows: the article and its stored facts. */
export interface ArticleView {
  article: Article;
  facts: StoredFact[];
}

/** The article text with each fact's evidence highlighted, and the facts beside it, linked both ways. */
export function articleBody({ article, facts }: ArticleView): Html {
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
      <ol>${facts.map((stored, index) => factCard(stored, index))}</ol>
    </aside>
  </div>
</article>`;
}

function factCard(stored: StoredFact, index: number): Html {
  const { fact } = stored;
  return html`<li class="fact-card" id="fact-${index}" data-fact="${index}">
  <p class="fact-head"><span class="badge">${index + 1}</span> <span class="type type-${fact.type}">${fact.type}</span> ${factHeadline(fact)}</p>
  ${factFieldList(fact)}
  <p class="fact-links">Evidence: ${fact.evidence.map(
    (_span, ordinal) =>
      html`<a href="#${anchorId([index, ordinal])}" data-fact="${index}">span ${ordinal + 1}</a> `,
  )}· <a href="/review?fact=${encodeURIComponent(stored.id)}">review</a></p>
</li>`;
}
