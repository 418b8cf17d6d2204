/**
 * Where the article body is. Cheap: a few selector lookups, no scoring walk. The block walk then
 * drops chrome inside it, so a root that is a little too wide costs little.
 */

/** Containers that blog engines and news CMSs put around the article body, most specific first. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '.article-body',
  '.article-content',
  '.post-body',
  '.entry-body',
  '.markdown-body',
  'article',
  '[role="main"]',
  'main',
  '#main-content',
  '#content',
  '#main',
];

/** A container with less text than this is a teaser or an empty shell, not the article. */
const MIN_ROOT_CHARS = 200;
/** Listing pages (home pages, archives) wrap each teaser in its own <article>: more than this is a list. */
const MAX_ARTICLES_FOR_ONE_POST = 3;

export interface MainRoot {
  root: Element;
  /** Which selector found it ('body' when none did). */
  via: string;
  /** Number of <article> elements: many means a listing page. */
  articles: number;
}

/** The element holding the article body, or <body> when no known container has enough text. */
export function findMainRoot(doc: Document): MainRoot | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const articles = doc.querySelectorAll('article').length;
  for (const selector of BODY_SELECTORS) {
    if (selector === 'article' && articles > MAX_ARTICLES_FOR_ONE_POST) continue;
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').length >= MIN_ROOT_CHARS) return { root: el, via: selector, articles };
  }
  return { root: body, via: 'body', articles };
}
