import { MAX_GATE_CHARS } from './limits';
import { sampleText } from './text-sample';

/**
 * Where the article body is, found in one early-exiting walk over elements (no selector engine:
 * each failed querySelector is a full walk of its own). The block walk then drops chrome inside
 * the root, so a root that is a little too wide costs little.
 */

/** Class names that blog engines and CMSs put on the article body (WordPress, Hatena, Ghost, Jekyll…). */
const BODY_CLASSES = new Set([
  'entry-content', 'post-content', 'article-body', 'article-content', 'post-body', 'entry-body',
  'markdown-body', 'post-entry', 'article__body', 'story-body', 'content-body', 'blog-post-content',
]);
/** Element ids of the main column on older or hand-written sites. */
const MAIN_IDS = new Set(['main-content', 'content', 'main', 'article', 'contents']);
/** Subtrees never searched for the article body (scripts, page chrome). */
const SKIP_SEARCH_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'header', 'form', 'head']);

/** A container with less text than this is a teaser or an empty shell, not the article. */
const MIN_ROOT_CHARS = 200;
/** Listing pages (home pages, archives) wrap each teaser in its own <article>: more than this is a list. */
const MAX_ARTICLES_FOR_ONE_POST = 3;
/** Stop searching after this many elements: huge pages keep the best container found so far. */
const MAX_SEARCH_ELEMENTS = 20_000;

export interface MainRoot {
  root: Element;
  /** What found it ('body' when nothing did). */
  via: string;
  /** Text of the root (read once here; language, gate and career checks reuse it). */
  text: string;
}

// Lower rank = more specific. 0 ends the search at once.
const RANK_NAMES = ['itemprop=articleBody', 'article body class', 'article', 'role=main', 'main', 'main id'];

function rankOf(el: Element): number {
  if (el.getAttribute('itemprop') === 'articleBody') return 0;
  const cls = el.getAttribute('class');
  if (cls && cls.split(/\s+/).some((c) => BODY_CLASSES.has(c))) return 1;
  const tag = el.localName;
  if (tag === 'article') return 2;
  if (el.getAttribute('role') === 'main') return 3;
  if (tag === 'main') return 4;
  const id = el.getAttribute('id');
  return id && MAIN_IDS.has(id) ? 5 : -1;
}

/** First element of each rank, in one walk; stops early at an articleBody. */
function findCandidates(body: Element): { found: (Element | undefined)[]; articles: number } {
  const found: (Element | undefined)[] = [];
  let articles = 0;
  let seen = 0;
  let node: Element | null = body.firstElementChild;
  while (node && seen++ < MAX_SEARCH_ELEMENTS) {
    const skip = SKIP_SEARCH_TAGS.has(node.localName);
    if (!skip) {
      const rank = rankOf(node);
      if (node.localName === 'article') articles++;
      if (rank >= 0 && !found[rank]) found[rank] = node;
      if (rank === 0) break;
    }
    let next: Element | null = skip ? null : node.firstElementChild;
    while (!next && node && node !== body) {
      next = node.nextElementSibling;
      if (!next) node = node.parentElement;
    }
    node = node === body ? null : next;
  }
  return { found, articles };
}

/** The element holding the article body, or <body> when no known container has enough text. */
export function findMainRoot(doc: Document): MainRoot | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const { found, articles } = findCandidates(body);
  for (let rank = 0; rank < RANK_NAMES.length; rank++) {
    const el = found[rank];
    if (!el || (rank === 2 && articles > MAX_ARTICLES_FOR_ONE_POST)) continue;
    const text = sampleText(el, MAX_GATE_CHARS);
    if (text.length >= MIN_ROOT_CHARS) return { root: el, via: RANK_NAMES[rank]!, text };
  }
  return { root: body, via: 'body', text: sampleText(body, MAX_GATE_CHARS) };
}
