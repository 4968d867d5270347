import { html } from 'hono/html';
import type { Html } from './html.ts';

/** The sections of the top navigation, by path prefix. */
const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/register', label: 'Register' },
  { href: '/review', label: 'Review' },
] as const;

export interface PageOptions {
  title: string;
  /** The current path, which marks its navigation entry. */
  path: string;
  body: Html;
  /** Page scripts under /static/ (plain ES modules). */
  scripts?: readonly string[];
}

/** The page shell: head, navigation with a search box, main content. Everything interpolated is escaped. */
export function page({ title, path, body, scripts = [] }: PageOptions): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · armswatch</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="stylesheet" href="/static/pages.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">armswatch</a>
  <nav aria-label="Sections">
    ${NAV.map((item) => html`<a href="${item.href}"${current(path, item.href) ? html` aria-current="page"` : ''}>${item.label}</a>`)}
  </nav>
  <form class="top-search" action="/search" method="get" role="search">
    <label for="top-q" class="visually-hidden">Search articles</label>
    <input id="top-q" type="search" name="q" placeholder="Search articles">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main">
${body}
</main>
${scripts.map((src) => html`<script type="module" src="/static/${src}"></script>`)}
</body>
</html>`;
}

function current(path: string, href: string): boolean {
  return href === '/' ? path === '/' || path === '/search' : path.startsWith(href);
}

/** A page that says what was not found, for a 404. */
export function notFoundPage(path: string, message: string): Html {
  return page({
    title: 'Not found',
    path,
    body: html`<h1>Not found</h1><p>${message}</p><p><a href="/">Back to the overview</a></p>`,
  });
}
