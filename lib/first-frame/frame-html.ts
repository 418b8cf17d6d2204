import { isElementNode, keepsAttribute, keepsTag, SVG_PREFIX } from './snapshot-tree';

/**
 * The first frame's data (snapshot-tree.ts) as HTML markup, for the page the background serves
 * (served-popup.ts). To-do text from pages is escaped as text, never passed through as markup;
 * every node is checked again as buildInto checks it, and only the elements the popup's list
 * draws are written: anything else gives no markup at all (the popup then draws the frame
 * itself). The list is short on purpose — elements the HTML parser reads as raw text (textarea,
 * title, xmp…), or that it moves around (tables, forms), are not on it.
 */
const HTML_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'button', 'code', 'dd', 'details', 'div', 'dl', 'dt', 'em',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'i', 'img', 'input', 'kbd', 'label', 'legend', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'section',
  'small', 'span', 'strong', 'sub', 'summary', 'sup', 'time', 'ul', 'wbr',
]);
const SVG_TAGS = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect']);
/** HTML elements with no end tag and no children. */
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'wbr']);
const ATTRIBUTE_NAME = /^[a-z][\w:.-]*$/i;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
const escapeAttribute = (value: string) => value.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

export interface MarkupOptions {
  /** Attributes added to each top-level element (the frame is drawn `inert`). */
  topAttributes?: string;
  /** The text for a `<time datetime>` element (the served frame's times are as of serving). */
  timeText?: (datetime: string) => string | undefined;
}

class NotDrawable extends Error {}

function write(nodes: readonly unknown[], options: MarkupOptions, top: boolean, out: string[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      out.push(escapeText(node));
      continue;
    }
    if (!isElementNode(node)) throw new NotDrawable('not a first-frame node');
    const [name, attributes, children] = node;
    const svg = name.startsWith(SVG_PREFIX);
    const tag = svg ? name.slice(SVG_PREFIX.length) : name;
    // Dropped elements are left out, as buildInto leaves them out; unknown ones stop the markup.
    if (!keepsTag(tag)) continue;
    if (!(svg ? SVG_TAGS : HTML_TAGS).has(tag)) throw new NotDrawable(`not drawn in the served frame: ${name}`);
    out.push('<', tag);
    let datetime: string | undefined;
    for (let i = 0; i + 1 < attributes.length; i += 2) {
      const attribute = attributes[i];
      const value = attributes[i + 1];
      if (typeof attribute !== 'string' || typeof value !== 'string') continue;
      if (!ATTRIBUTE_NAME.test(attribute) || !keepsAttribute(attribute, value)) continue;
      if (tag === 'time' && attribute === 'datetime') datetime = value;
      out.push(' ', attribute, '="', escapeAttribute(value), '"');
    }
    if (top && options.topAttributes) out.push(' ', options.topAttributes);
    out.push('>');
    if (!svg && VOID_TAGS.has(tag)) continue;
    const time = datetime === undefined ? undefined : options.timeText?.(datetime);
    if (time === undefined) write(children, options, false, out);
    else out.push(escapeText(time));
    out.push('</', tag, '>');
  }
}

/**
 * The nodes as markup whose parse gives back the same tree (what buildInto would build), or
 * undefined when they hold anything the served frame does not draw, or are not first-frame data.
 */
export function frameMarkup(nodes: readonly unknown[], options: MarkupOptions = {}): string | undefined {
  const out: string[] = [];
  try {
    write(nodes, options, true, out);
  } catch (error) {
    if (error instanceof NotDrawable) return undefined;
    throw error;
  }
  return out.join('');
}
