/** Tags whose text is never read as page text (code, styles, templates, embedded graphics). */
const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'textarea', 'select']);

/**
 * The visible-ish text under `root`, up to `maxChars`, in one iterative walk. Cheaper than
 * `textContent` on big pages: it skips scripts and styles and stops once it has enough.
 */
export function sampleText(root: Element, maxChars: number): string {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node && length < maxChars) {
    let next: Node | null = null;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data.length > maxChars ? data.slice(0, maxChars) : data);
      length += data.length;
    } else if (node.nodeType === 1 && !NON_TEXT_TAGS.has((node as Element).localName)) next = node.firstChild;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = node === root ? null : next;
  }
  return parts.join('').slice(0, maxChars);
}
