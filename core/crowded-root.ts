import { MAX_ROOT_BLOCKS } from './limits';

/** The elements that each make one block of an article: a list item, a paragraph, a term. */
const BLOCK_TAGS = ['li', 'p', 'dt'];

/**
 * A main root holding more than MAX_ROOT_BLOCKS list items and paragraphs is a catalogue, a feed
 * or a generated list, not an article: the block walk would stop at MAX_BLOCKS (truncated) anyway,
 * so the first look says "could not tell" and the extractor is never loaded. Counted by the DOM's
 * own tag index (native in a browser: a few ms for 30,000 items), not by a walk of ours.
 */
export function isCrowdedRoot(root: Element): boolean {
  let count = 0;
  for (const tag of BLOCK_TAGS) {
    count += root.getElementsByTagName(tag).length;
    if (count > MAX_ROOT_BLOCKS) return true;
  }
  return false;
}
