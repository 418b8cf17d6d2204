import type { Budget } from './budget';
import { attrOf } from './boilerplate';
import { GATE_SAMPLE_CHARS, MAX_DEPTH, MAX_HEADLINE_SEARCH_ELEMENTS } from './limits';
import { sampleText } from './text-sample';

/**
 * Where the article body is, found in one early-exiting walk over elements (no selector engine:
 * each failed querySelector is a full walk of its own). The same walk notes the first headings,
 * so the headline usually costs no second walk. The block walk then drops chrome inside the root,
 * so a root that is a little too wide costs little.
 *
 * The walk runs on every page the content script sees, so each step is kept to a few property
 * reads: tags compared as strings, attributes read only on elements that have any, class lists
 * matched by one regular expression (no split, no array), and the headline read only when the
 * gate asks for it.
 */

/** Class names that blog engines and CMSs put on the article body (WordPress, Hatena, Ghost, Jekyll…). */
const BODY_CLASSES = [
  'entry-content', 'post-content', 'article-body', 'article-content', 'post-body', 'entry-body',
  'markdown-body', 'post-entry', 'article__body', 'story-body', 'content-body', 'blog-post-content',
];
/** One of BODY_CLASSES anywhere in a class attribute: a quick test most class lists fail. */
const BODY_CLASS_HINT_RE = new RegExp(BODY_CLASSES.join('|'));
/** One of BODY_CLASSES as a whole word of a class attribute (words are split on whitespace). */
const BODY_CLASS_RE = new RegExp(`(?:^|\\s)(?:${BODY_CLASSES.join('|')})(?![^\\s])`);
/** Element ids of the main column on older or hand-written sites. */
const MAIN_IDS = new Set(['main-content', 'content', 'main', 'article', 'contents']);
/** Subtrees never searched for the article body (scripts, page chrome). */
const SKIP_SEARCH_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'header', 'form', 'head']);
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
  /**
   * First h1 in the root (else on the page) and first h2 in the root: the article's headline.
   * Read on first call only (most pages are turned away before the gate asks for it).
   */
  headline(): string;
}

// Lower rank = more specific. 0 and 1 end the search at once.
const RANK_NAMES = ['itemprop=articleBody', 'article body class', 'article', 'role=main', 'main', 'main id'];

/**
 * The rank an element could still take, or -1. Ranks 3–5 keep only the first element found, so
 * once one is taken the attribute that gives it is no longer read (an element matching a taken
 * rank still shadows the ranks below it, as before).
 */
function rankOf(el: Element, tag: string, found: readonly (Element | undefined)[]): number {
  if (!el.hasAttributes()) return tag === 'article' ? 2 : tag === 'main' ? 4 : -1;
  const itemprop = attrOf(el, 'itemprop');
  if (tag === 'article') return itemprop === 'articleBody' ? 0 : 2;
  if (itemprop === 'articleBody') return 0;
  const cls = attrOf(el, 'class');
  if (cls && BODY_CLASS_HINT_RE.test(cls) && BODY_CLASS_RE.test(cls)) return 1;
  const below = tag === 'main' ? (found[4] ? -1 : 4) : found[5] || !MAIN_IDS.has(attrOf(el, 'id') ?? '') ? -1 : 5;
  if (found[3] && below < 0) return -1;
  return attrOf(el, 'role') === 'main' ? 3 : below;
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
    let descend = true;
    if (tag === 'h1' || tag === 'h2') {
      if (out.headings.length < MAX_NOTED_HEADINGS) out.headings.push(node);
      descend = false;
    } else if (SKIP_SEARCH_TAGS.has(tag)) {
      // …but a <header> holds the headline on most blogs: its headings are still noted.
      descend = tag === 'header' && !header;
      if (descend) header = node;
    } else if (!header) {
      if (tag === 'article') out.articles++;
      const rank = rankOf(node, tag, out.found);
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

/**
 * The first h1 and the first h2 under `root`, in one walk over no more than
 * MAX_HEADLINE_SEARCH_ELEMENTS elements (each looked for among that many, as two walks would).
 */
function firstHeadingsUnder(root: Element, budget?: Budget): { h1?: Element; h2?: Element } {
  const out: { h1?: Element; h2?: Element } = {};
  let seen = 0;
  let node: Element | null = root.firstElementChild;
  while (node && seen++ < MAX_HEADLINE_SEARCH_ELEMENTS && !budget?.tick()) {
    const tag = node.localName;
    if (tag === 'h1') {
      out.h1 ??= node;
      if (out.h2) break;
    } else if (tag === 'h2') {
      out.h2 ??= node;
      if (out.h1) break;
    }
    let next: Element | null = SKIP_SEARCH_TAGS.has(tag) ? null : node.firstElementChild;
    while (!next && node && node !== root) {
      next = node.nextElementSibling;
      if (!next) node = node.parentElement;
    }
    node = node === root ? null : next;
  }
  return out;
}

/** The first noted heading with this tag, under `root` when given. */
function noted(s: Search, tag: string, root?: Element): Element | undefined {
  for (const h of s.headings) if (h.localName === tag && (!root || root.contains(h))) return h;
  return undefined;
}

function headlineOf(root: Element, s: Search, budget?: Budget): string {
  let h1 = noted(s, 'h1', root);
  let h2 = noted(s, 'h2', root);
  if (s.stoppedEarly && (!h1 || !h2)) {
    const under = firstHeadingsUnder(root, budget);
    h1 ??= under.h1;
    h2 ??= under.h2;
  }
  h1 ??= noted(s, 'h1');
  return `${clean(h1)} ${clean(h2)}`.trim();
}

/** A found root; its headline is read on first request only. */
class FoundRoot implements MainRoot {
  private line: string | undefined;

  constructor(
    readonly root: Element,
    readonly via: string,
    readonly text: string,
    private readonly search: Search,
    private readonly budget: Budget | undefined,
  ) {}

  headline(): string {
    this.line ??= headlineOf(this.root, this.search, this.budget);
    return this.line;
  }
}

/** The nearest <article> at or above `el` (closest('article') without a selector engine). */
function articleAround(el: Element): Element | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) if (node.localName === 'article') return node;
  return undefined;
}

/**
 * The element holding the article body, or <body> when no known container has enough text,
 * with the gate's text sample and the headline. Every walk is capped and ticks `budget`.
 */
export function findMainRoot(doc: Document, budget?: Budget): MainRoot | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const s = search(body, budget);
  for (let rank = 0; rank < RANK_NAMES.length; rank++) {
    const el = s.found[rank];
    if (!el || (rank === 2 && s.articles > MAX_ARTICLES_FOR_ONE_POST)) continue;
    const text = sampleText(el, GATE_SAMPLE_CHARS, budget);
    if (text.length < MIN_ROOT_CHARS) continue;
    const article = s.found[2] ?? (rank < 2 ? articleAround(el) : undefined);
    if (rank < 2 && article && article !== el && s.articles <= MAX_ARTICLES_FOR_ONE_POST && article.contains(el) && text.length * WIDEN_TO_ARTICLE_RATIO < GATE_SAMPLE_CHARS) {
      const wide = sampleText(article, GATE_SAMPLE_CHARS, budget);
      if (wide.length >= WIDEN_TO_ARTICLE_RATIO * text.length) return new FoundRoot(article, 'article around a short body', wide, s, budget);
    }
    return new FoundRoot(el, RANK_NAMES[rank]!, text, s, budget);
  }
  return new FoundRoot(body, 'body', sampleText(body, GATE_SAMPLE_CHARS, budget), s, budget);
}
