/**
 * A link to `url` that scrolls to `quote` and highlights it (a text fragment, `#:~:text=`).
 * Long quotes become `start,end` so the link stays short and still matches when the middle of
 * the sentence is split across elements on the page.
 */

/** Quotes up to this many characters are linked whole. */
const WHOLE_QUOTE_MAX = 120;
/** Otherwise, this many characters from each end (cut at a word or clause boundary). */
const QUOTE_END_LENGTH = 40;

/** Text directives treat `-`, `,` and `&` as syntax: they must be percent-encoded too. */
function encodeDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Cuts `text` to about `length` characters, at a space or a Japanese clause mark when one is near. */
function cut(text: string, length: number, fromEnd: boolean): string {
  const slice = fromEnd ? text.slice(-length) : text.slice(0, length);
  const boundary = /[\s、。，．,.!?！？]/gu;
  const marks = [...slice.matchAll(boundary)].map((m) => m.index);
  if (!marks.length) return slice.trim();
  // Keep whole words: drop the partial word at the cut end.
  return (fromEnd ? slice.slice(marks[0]! + 1) : slice.slice(0, marks[marks.length - 1])).trim() || slice.trim();
}

export function textFragmentUrl(url: string, quote: string | undefined): string {
  const text = quote?.replace(/\s+/g, ' ').trim();
  if (!text) return url;
  const base = url.split('#')[0] ?? url;
  const directive =
    text.length <= WHOLE_QUOTE_MAX
      ? encodeDirectivePart(text)
      : `${encodeDirectivePart(cut(text, QUOTE_END_LENGTH, false))},${encodeDirectivePart(cut(text, QUOTE_END_LENGTH, true))}`;
  return `${base}#:~:text=${directive}`;
}

/** Whether this browser scrolls to text fragments (Chrome 80+, Firefox 131+, Safari 16.1+). */
export function supportsTextFragments(doc: Document = document): boolean {
  return 'fragmentDirective' in doc;
}
