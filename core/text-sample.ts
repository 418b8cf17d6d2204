import type { Budget } from './budget';
import { MAX_DEPTH } from './limits';

/** Tags whose text is never read as page text (code, styles, templates, embedded graphics). */
const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'textarea', 'select']);

/**
 * The visible-ish text under `root`, up to `maxChars`, in one iterative walk. Cheaper than
 * `textContent` on big pages: it skips scripts and styles and stops once it has enough, or when
 * the budget (node count, clock) says so.
 */
export function sampleText(root: Element, maxChars: number, budget?: Budget): string {
  // Appended, not pushed and joined: the engine keeps the pieces as a rope and copies them once.
  let text = '';
  let node: Node | null = root.firstChild;
  let depth = 1; // of `node` below `root`
  while (node && text.length < maxChars) {
    if (budget?.tick()) break;
    let next: Node | null = null;
    const type = node.nodeType;
    if (type === 3) {
      // substringData copies only the head of a huge text node (a 10 MB inline blob).
      const size = (node as Text).length;
      text += size > maxChars ? (node as Text).substringData(0, maxChars) : (node as Text).data;
    } else if (type === 1 && !NON_TEXT_TAGS.has((node as Element).localName)) next = node.firstChild;
    // Hostile nesting: give up before descending past MAX_DEPTH (see limits.ts).
    if (next && ++depth > MAX_DEPTH) {
      budget?.giveUp();
      break;
    }
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) {
        node = node.parentNode;
        depth--;
      }
    }
    node = node === root ? null : next;
  }
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
