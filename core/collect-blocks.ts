import type { Budget } from './budget';
import { INLINE_TAGS, attrOf, chromeKind } from './boilerplate';
import { MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_DEPTH, MAX_TEXT_NODE_CHARS, MAX_TOTAL_CHARS } from './limits';

/** One run of text the reader sees as a unit: a heading, a list item or a paragraph. */
export interface Block {
  kind: 'heading' | 'item' | 'para' | 'cta';
  /** Heading level (1–6); 0 for other blocks. */
  level: number;
  /** Whitespace collapsed; `\n` where the page had `<br>`. */
  text: string;
  /** Characters of `text` that sat inside links. */
  linkChars: number;
  /** A leading bold run (`<strong>label</strong>: …`), or ''. */
  lead: string;
  /** Items of one `<ul>/<ol>` share this number; -1 outside lists. */
  list: number;
  /** How many lists enclose it: 2+ is a sub-item, the detail of its parent item. */
  depth: number;
  ordered: boolean;
  /** Inside a `<table>` or `<blockquote>`: data or quoted words, not the author's advice. */
  quoted: boolean;
}

interface Frame {
  el: Element;
  block: Block | null;
  parts: string[];
  link: boolean;
  bold: boolean;
  list: number;
  depth: number;
  ordered: boolean;
  quoted: boolean;
  /** Inside a <blockquote> (quoted words), as opposed to only inside a <table>. */
  inQuote: boolean;
  /** Lead bold text is still being read (no plain text seen yet). */
  leadOpen: boolean;
  /** The frame whose block receives this element's text: itself or the nearest block around it. */
  owner: Frame | null;
  /** Characters collected so far (a block stops growing past MAX_BLOCK_CHARS). */
  chars: number;
}

const HEADING_RE = /^h([1-6])$/;
const BOLD_TAGS = new Set(['strong', 'b']);
/** A class that sets text bold (「<p class="bold_p">」, "text-bold", "fw-bold"): a label styled without <strong>. */
const BOLD_CLASS_RE = /bold/i;
const ITEM_TAGS = new Set(['li', 'dt']);

export interface BlockWalk {
  blocks: Block[];
  truncated: boolean;
}

function kindOf(tag: string): Block['kind'] | null {
  if (INLINE_TAGS.has(tag)) return null;
  if (HEADING_RE.test(tag)) return 'heading';
  return ITEM_TAGS.has(tag) ? 'item' : 'para';
}

function openFrame(el: Element, parent: Frame, state: { lists: number; blocks: Block[] }): Frame {
  const tag = el.localName;
  const isList = tag === 'ul' || tag === 'ol';
  const frame: Frame = {
    el,
    block: null,
    parts: [],
    link: parent.link || tag === 'a',
    bold: parent.bold || BOLD_TAGS.has(tag) || BOLD_CLASS_RE.test(attrOf(el, 'class') ?? ''),
    list: isList ? state.lists++ : parent.list,
    depth: parent.depth + (isList ? 1 : 0),
    ordered: isList ? tag === 'ol' : parent.ordered,
    // Old and government sites lay out Q&A pages in tables: a list inside a table cell is prose
    // content, not a data cell, so only a blockquote keeps it quoted.
    quoted: isList && !parent.inQuote ? false : parent.quoted || tag === 'table' || tag === 'blockquote',
    inQuote: parent.inQuote || tag === 'blockquote',
    leadOpen: true,
    owner: null,
    chars: 0,
  };
  // A heading owns all of its text, even when the page wraps it in <p> or <div> (「<h3><p>マナーについて</p></h3>」).
  const kind = parent.owner?.block?.kind === 'heading' ? null : kindOf(tag);
  if (kind && !isList) {
    const level = kind === 'heading' ? Number(tag[1]) : 0;
    frame.block = { kind, level, text: '', linkChars: 0, lead: '', list: kind === 'item' ? frame.list : -1, depth: frame.depth, ordered: frame.ordered, quoted: frame.quoted };
    // Reserve the slot now so blocks stay in document order even though they close inside-out.
    state.blocks.push(frame.block);
  }
  frame.owner = frame.block ? frame : parent.owner;
  return frame;
}

function closeFrame(frame: Frame): void {
  const block = frame.block;
  if (!block) return;
  block.text = frame.parts.join('').replace(/ *\n[\s]*/g, '\n').trim().slice(0, MAX_BLOCK_CHARS);
  block.lead = block.lead.trim();
}

function appendBreak(frames: Frame[]): void {
  const target = frames[frames.length - 1]!.owner;
  if (target && target.chars <= MAX_BLOCK_CHARS) target.parts.push('\n');
}

function appendText(frames: Frame[], raw: string): number {
  const top = frames[frames.length - 1]!;
  const target = top.owner;
  const text = raw.slice(0, MAX_TEXT_NODE_CHARS).replace(/\s+/g, ' ');
  if (!target || !target.block || target.chars > MAX_BLOCK_CHARS) return 0;
  target.parts.push(text);
  target.chars += text.length;
  const visible = text.trim().length;
  if (top.link) target.block.linkChars += visible;
  if (target.leadOpen && visible) {
    if (top.bold) target.block.lead += text;
    else target.leadOpen = false;
  }
  return text.length;
}

/**
 * Walks `root` once, iteratively (no recursion), skipping page chrome and giving up past MAX_DEPTH,
 * and returns its text blocks in document order. Never touches the document.
 */
export function collectBlocks(root: Element, budget: Budget, rootChars: number): BlockWalk {
  const state = { lists: 0, blocks: [] as Block[] };
  const rootFrame: Frame = { el: root, block: null, parts: [], link: false, bold: false, list: -1, depth: 0, ordered: false, quoted: false, inQuote: false, leadOpen: false, owner: null, chars: 0 };
  rootFrame.owner = rootFrame;
  rootFrame.block = { kind: 'para', level: 0, text: '', linkChars: 0, lead: '', list: -1, depth: 0, ordered: false, quoted: false };
  const frames: Frame[] = [rootFrame];
  let total = 0;
  let truncated = false;
  let node: Node | null = root.firstChild;
  while (node) {
    if (budget.tick() || total > MAX_TOTAL_CHARS || state.blocks.length > MAX_BLOCKS) {
      truncated = true;
      break;
    }
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // A text node past the cap is read only in part: say so, never pass it off as whole.
      if (data.length > MAX_TEXT_NODE_CHARS) truncated = true;
      total += appendText(frames, data);
    }
    else if (node.nodeType === 1) {
      const el = node as Element;
      const chrome = el.localName === 'br' ? 'br' : chromeKind(el, rootChars);
      if (chrome === 'br') appendBreak(frames);
      else if (chrome === 'cta') state.blocks.push({ kind: 'cta', level: 0, text: '', linkChars: 0, lead: '', list: -1, depth: 0, ordered: false, quoted: false });
      else if (!chrome && el.firstChild) {
        // Hostile nesting: give up before descending past MAX_DEPTH (see limits.ts).
        if (frames.length > MAX_DEPTH) {
          budget.giveUp();
          truncated = true;
          break;
        }
        frames.push(openFrame(el, frames[frames.length - 1]!, state));
        descend = true;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a node has a next sibling, closing the frames of finished elements.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) closeFrame(frames.pop()!);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  while (frames.length > 1) closeFrame(frames.pop()!);
  closeFrame(rootFrame);
  const blocks = state.blocks.filter((b) => b.kind === 'cta' || b.text);
  if (rootFrame.block.text) blocks.unshift(rootFrame.block);
  return { blocks, truncated };
}
