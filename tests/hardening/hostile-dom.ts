import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { ADVICE_TITLES, adviceWrappedInNoise, hostileText } from './hostile-text';

/** A generated element: tag, attributes, children (text or elements). */
export interface NodeSpec {
  tag: string;
  attrs: [string, string][];
  children: (NodeSpec | string)[];
}

/** Tags the extractor treats specially (blocks, lists, chrome, quotes) plus ones it must ignore. */
const TAGS = [
  'div', 'p', 'span', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h6', 'a', 'strong', 'b', 'em',
  'br', 'table', 'tr', 'td', 'blockquote', 'form', 'button', 'script', 'style', 'template',
  'noscript', 'svg', 'iframe', 'img', 'pre', 'code', 'custom-element',
] as const;

/** Attributes main-root and boilerplate detection read, and ones a page uses to attack. */
const ATTR_NAMES = ['class', 'id', 'role', 'itemprop', 'lang', 'dir', 'href', 'hidden', 'aria-hidden', 'style', 'onclick'] as const;
const ATTR_VALUES = [
  'entry-content', 'article-body', 'sidebar', 'share', 'related', 'comments', 'cta', 'ad', 'main',
  'articleBody', 'rtl', 'ja', 'en', 'javascript:alert(1)', 'display:none', 'true', '',
] as const;

/** Huge attribute values (up to 200k characters) are cheap to make but costly to scan naively. */
const hugeValue = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));

const attr: fc.Arbitrary<[string, string]> = fc.tuple(
  fc.constantFrom(...ATTR_NAMES),
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ATTR_VALUES) },
    { weight: 2, arbitrary: hostileText },
    { weight: 1, arbitrary: hugeValue },
  ),
);

const { node } = fc.letrec<{ node: NodeSpec; child: NodeSpec | string }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(attr, { maxLength: 3 }),
    children: fc.array(tie('child'), { maxLength: 5 }),
  }),
  child: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    adviceWrappedInNoise,
    hostileText,
    tie('node'),
  ),
}));

/** A whole page: <html lang>, a title, a body tree, and optionally deep wrapping and a big text run. */
export interface PageSpec {
  lang: string;
  title: string;
  body: NodeSpec[];
  /** Extra <div>s around the body tree: deep nesting without recursion in the generator. */
  wrapDepth: number;
  /** Repeats of an advice sentence appended as one text node (long runs of text). */
  longTextRepeats: number;
}

export const pageSpec: fc.Arbitrary<PageSpec> = fc.record({
  lang: fc.constantFrom('ja', 'en', 'ar', '', 'xx-invalid'),
  title: fc.oneof(fc.constantFrom(...ADVICE_TITLES), hostileText),
  body: fc.array(node, { maxLength: 6 }),
  wrapDepth: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3_000 }) }),
  longTextRepeats: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }) }),
});

function build(doc: Document, spec: NodeSpec): Element {
  const el = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  for (const child of spec.children) el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : build(doc, child));
  return el;
}

/**
 * Builds the page with DOM calls rather than by parsing markup, so structures a parser would
 * repair (a <li> in a <p>, text in <table>, lone surrogates) reach the analyser as generated.
 */
export function buildPage(spec: PageSpec): Document {
  const { document } = parseHTML('<!doctype html><html><head><title></title></head><body></body></html>');
  const doc = document as unknown as Document;
  if (spec.lang) doc.documentElement.setAttribute('lang', spec.lang);
  doc.querySelector('title')!.textContent = spec.title;
  let parent: Element = doc.body;
  for (let i = 0; i < spec.wrapDepth; i++) parent = parent.appendChild(doc.createElement('div'));
  for (const tree of spec.body) parent.appendChild(build(doc, tree));
  if (spec.longTextRepeats) parent.appendChild(doc.createTextNode('You should keep notes at work. '.repeat(spec.longTextRepeats)));
  return doc;
}
