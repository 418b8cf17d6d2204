import type { Budget } from './budget';
import { attrOf } from './boilerplate';
import { GATE_SAMPLE_CHARS, MAX_DEPTH, MAX_HEADLINE_SEARCH_ELEMENTS } from './limits';
import { sampleText } from './text-sample';

/**
 * Where the article body is, found in one early-exiting walk over elements (no selector engine:
 * each failed querySelector is a full walk of its own). The same walk notes the first headings,
 * so the headline costs no second walk. The block walk then drops chrome inside the root, so a
 * root that is a little too wide costs little.
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
/** …but a <header> holds the headline on most blogs: its headings are still noted. */
const HEADLINE_TAGS = new Set(['h1', 'h2']);
/** Headings noted during the search (the headline is among the first few). */
const MAX_NOTED_HEADINGS = 12;

/** A container with less text than this is a teaser or an empty shell, not the article. */
const MIN_ROOT_CHARS = 200;
/** Listing pages (home pages, archives) wrap each teaser in its own <article>: more than this is a list. */
const MAX_ARTICLES_FOR_ONE_POST = 3;
/**
 * Gallery and slideshow posts keep a short intro in the body container and the rest (captions,
 * slides) elsewhere in the same <article>: when that article holds this many times the body
 * container's text, the article is the root.
 */
const WIDEN_TO_ARTICLE_RATIO = 3;
/** Stop searching after this many elements: huge pages keep the best container found so far. */
const MAX_SEARCH_ELEMENTS = 20_000;

export interface MainRoot {
  root: Element;
  /** What found it ('body' when nothing did). */
  via: string;
  /** The first GATE_SAMPLE_CHARS of the root's text (the gate's sample). */
  text: string;
  /** First h1 in the root (else on the page) and first h2 in the root: the article's headline. */
  headline: string;
}

// Lower rank = more specific. 0 and 1 end the search at once.
const RANK_NAMES = ['itemprop=articleBody', 'article body class', 'article', 'role=main', 'main', 'main id'];

function rankOf(el: Element): number {
  const tag = el.localName;
  if (tag === 'article') return attrOf(el, 'itemprop') === 'articleBody' ? 0 : 2;
  if (!el.hasAttributes()) return tag === 'main' ? 4 : -1;
  if (attrOf(el, 'itemprop') === 'articleBody') return 0;
  const cls = attrOf(el, 'class');
  if (cls && cls.split(/\s+/).some((c) => BODY_CLASSES.has(c))) return 1;
  if (attrOf(el, 'role') === 'main') return 3;
  if (tag === 'main') return 4;
  const id = attrOf(el, 'id');
  return id && MAIN_IDS.has(id) ? 5 : -1;
}

interface Search {
  found: (Element | undefined)[];
  articles: number;
  headings: Element[];
  /** The walk ended early (a definite body found, or a cap): headings after it were not noted. */
  stoppedEarly: boolean;
}

/** First element of each rank and the first headings, in one walk; stops early at a definite body. */
function search(body: Element, budget?: Budget): Search {
  const out: Search = { found: [], articles: 0, headings: [], stoppedEarly: false };
  let seen = 0;
  let header: Element | null = null; // inside a <header>: headings noted, nothing ranked
  let node: Element | null = body.firstElementChild;
  let depth = 1; // of `node` below <body>
  while (node) {
    if (seen++ >= MAX_SEARCH_ELEMENTS || budget?.tick()) {
      out.stoppedEarly = true;
      break;
    }
    const tag = node.localName;
    let descend = !SKIP_SEARCH_TAGS.has(tag);
    if (HEADLINE_TAGS.has(tag)) {
      if (out.headings.length < MAX_NOTED_HEADINGS) out.headings.push(node);
      descend = false;
    } else if (tag === 'header' && !header) {
      header = node;
      descend = true;
    } else if (descend && !header) {
      const rank = rankOf(node);
      if (tag === 'article') out.articles++;
      if (rank >= 0 && !out.found[rank]) out.found[rank] = node;
      if (rank === 0 || rank === 1) {
        out.stoppedEarly = true;
        break;
      }
    }
    let next: Element | null = descend ? node.firstElementChild : null;
    // Checked before descending: a 5,000-deep chain costs MAX_DEPTH steps, not 5,000.
    if (next && ++depth > MAX_DEPTH) {
      budget?.giveUp();
      out.stoppedEarly = true;
      break;
    }
    while (!next && node && node !== body) {
      if (node === header) header = null;
      next = node.nextElementSibling;
      if (!next) {
        node = node.parentElement;
        depth--;
      }
    }
    node = node === body ? null : next;
  }
  return out;
}

function clean(el: Element | undefined): string {
  return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) : '';
}

/** First element under `root` with one of `tags`, looking at no more than MAX_HEADLINE_SEARCH_ELEMENTS. */
function firstUnder(root: Element, tag: string, budget?: Budget): Element | undefined {
  let seen = 0;
  let node: Element | null = root.firstElementChild;
  while (node && seen++ < MAX_HEADLINE_SEARCH_ELEMENTS && !budget?.tick()) {
    if (node.localName === tag) return node;
    let next: Element | null = SKIP_SEARCH_TAGS.has(node.localName) ? null : node.firstElementChild;
    while (!next && node && node !== root) {
      next = node.nextElementSibling;
      if (!next) node = node.parentElement;
    }
    node = node === root ? null : next;
  }
  return undefined;
}

function headlineOf(root: Element, s: Search, budget?: Budget): string {
  const inRoot = (tag: string) => s.headings.find((h) => h.localName === tag && root.contains(h)) ?? (s.stoppedEarly ? firstUnder(root, tag, budget) : undefined);
  const h1 = inRoot('h1') ?? s.headings.find((h) => h.localName === 'h1');
  return `${clean(h1)} ${clean(inRoot('h2'))}`.trim();
}

/**
 * The element holding the article body, or <body> when no known container has enough text,
 * with the gate's text sample and the headline. Every walk is capped and ticks `budget`.
 */
export function findMainRoot(doc: Document, budget?: Budget): MainRoot | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const s = search(body, budget);
  const done = (root: Element, via: string, text: string): MainRoot => ({ root, via, text, headline: headlineOf(root, s, budget) });
  for (let rank = 0; rank < RANK_NAMES.length; rank++) {
    const el = s.found[rank];
    if (!el || (rank === 2 && s.articles > MAX_ARTICLES_FOR_ONE_POST)) continue;
    const text = sampleText(el, GATE_SAMPLE_CHARS, budget);
    if (text.length < MIN_ROOT_CHARS) continue;
    const article = s.found[2] ?? (rank < 2 ? el.closest('article') ?? undefined : undefined);
    if (rank < 2 && article && article !== el && s.articles <= MAX_ARTICLES_FOR_ONE_POST && article.contains(el) && text.length * WIDEN_TO_ARTICLE_RATIO < GATE_SAMPLE_CHARS) {
      const wide = sampleText(article, GATE_SAMPLE_CHARS, budget);
      if (wide.length >= WIDEN_TO_ARTICLE_RATIO * text.length) return done(article, 'article around a short body', wide);
    }
    return done(el, RANK_NAMES[rank]!, text);
  }
  return done(body, 'body', sampleText(body, GATE_SAMPLE_CHARS, budget));
}
