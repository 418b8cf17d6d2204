/**
 * The popup's first frame as plain data (issue 7, popup first render): an element tree taken
 * from the DOM the popup drew, and built back with createElement and text nodes — never as HTML,
 * so to-do text from pages stays text. Building also drops anything that could run, load or
 * leave: scripts and other active elements, event-handler attributes, style with functions in
 * it (url() would fetch), and links that are not web links or the extension's own files.
 */

/** A text node, or [tag, [name, value, name, value…], children]; 's:' marks an SVG element. */
export type SnapshotNode = string | [tag: string, attributes: string[], children: SnapshotNode[]];

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_PREFIX = 's:';

/** Elements that run, embed or load something, or that SVG can use to rewrite links. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'template', 'slot', 'form', 'noscript', 'portal', 'foreignobject', 'use', 'image', 'animate',
  'animatemotion', 'animatetransform', 'set', 'feimage',
]);
/** Attributes holding a URL: kept only for web links and the extension's own root-relative files. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'data']);
/** Custom properties and plain values only: no url(), no expression(), nothing in parentheses. */
const PLAIN_STYLE = /^[-\w\s:;.,%#]*$/;

function safeUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere in a URL, and leading spaces and controls.
  const url = value.replace(/[\t\n\r]/g, '').trim();
  // Root-relative, but not "//host" or "/\host" (browsers read both as another host).
  if (/^\/(?![/\\])/.test(url)) return true;
  return /^https?:\/\//i.test(url);
}

/** Whether an attribute may be carried from the drawn popup into the first frame. */
export function keepsAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return false;
  if (URL_ATTRIBUTES.has(lower)) return safeUrl(value);
  if (lower === 'style') return PLAIN_STYLE.test(value);
  return true;
}

function keepsTag(tag: string): boolean {
  return !DROPPED_TAGS.has(tag.toLowerCase());
}

/**
 * The element's subtree as data (comments and dropped elements left out). `keep` can leave out
 * more elements, with their subtrees (the popup leaves out rows below the fold).
 */
export function treeOf(element: Element, keep: (element: Element) => boolean = () => true): SnapshotNode[] {
  const out: SnapshotNode[] = [];
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.localName;
      if (!keepsTag(tag) || !keep(el)) continue;
      const attributes: string[] = [];
      for (const { name, value } of Array.from(el.attributes)) {
        if (keepsAttribute(name, value)) attributes.push(name, value);
      }
      out.push([el.namespaceURI === SVG_NS ? SVG_PREFIX + tag : tag, attributes, treeOf(el, keep)]);
    }
  }
  return out;
}

function isElementNode(node: unknown): node is [string, string[], SnapshotNode[]] {
  return (
    Array.isArray(node) &&
    node.length === 3 &&
    typeof node[0] === 'string' &&
    Array.isArray(node[1]) &&
    Array.isArray(node[2])
  );
}

/**
 * Appends the nodes to `parent`, checking every node again (the data is read back from storage).
 * An SVG drawing that repeats (the same icon on every row) is built once and cloned.
 */
export function buildInto(
  parent: Node,
  nodes: readonly unknown[],
  doc: Document = parent.ownerDocument ?? document,
  drawings: Map<string, Element> = new Map(),
): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.appendChild(doc.createTextNode(node));
      continue;
    }
    if (!isElementNode(node)) throw new TypeError('not a first-frame node');
    const [name, attributes, children] = node;
    const svg = name.startsWith(SVG_PREFIX);
    const drawing = name === `${SVG_PREFIX}svg` ? JSON.stringify(node) : undefined;
    const built = drawing === undefined ? undefined : drawings.get(drawing);
    if (built) {
      parent.appendChild(built.cloneNode(true));
      continue;
    }
    const tag = svg ? name.slice(SVG_PREFIX.length) : name;
    if (!/^[a-z][a-z0-9-]*$/i.test(tag)) throw new TypeError(`not a tag name: ${tag}`);
    if (!keepsTag(tag)) continue;
    const element = svg ? doc.createElementNS(SVG_NS, tag) : doc.createElement(tag);
    for (let i = 0; i + 1 < attributes.length; i += 2) {
      const attribute = attributes[i];
      const value = attributes[i + 1];
      if (typeof attribute !== 'string' || typeof value !== 'string') continue;
      if (!/^[a-z][\w:.-]*$/i.test(attribute) || !keepsAttribute(attribute, value)) continue;
      element.setAttribute(attribute, value);
    }
    buildInto(element, children, doc, drawings);
    if (drawing !== undefined) drawings.set(drawing, element);
    parent.appendChild(element);
  }
}
