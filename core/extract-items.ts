import type { Block } from './collect-blocks';
import type { ActionItem, PageLang } from './types';
import { splitLabel } from './label-split';
import { splitSentences } from './sentences';
import { todoOf, type Todo } from './todo-of';
import { isReasonHeading, isStructuralHeading, todoOfHeading } from './todo-heading';
import { MAX_ITEMS } from './limits';

/** A block more than this share link text is navigation or a link list, not advice. */
const MAX_LINK_DENSITY = 0.5;

/** An ActionItem plus why it was taken (reasons stay internal to the verdict). */
export interface Candidate extends ActionItem {
  rule: string;
}

interface Walk {
  lang: PageLang;
  section: string | undefined;
  /** The current section explains (reasons, merits) rather than instructs. */
  inReasonSection: boolean;
  /** True after a call-to-action box until the next heading: its closing promo line. */
  inCtaTail: boolean;
  out: Candidate[];
}

function isLinkList(block: Block): boolean {
  return block.linkChars > MAX_LINK_DENSITY * block.text.replace(/\s/g, '').length;
}

function push(walk: Walk, kind: ActionItem['kind'], todo: Todo, quote: string, detail?: string): void {
  const item: Candidate = { text: todo.text, kind, quote, position: walk.out.length, rule: todo.rule };
  if (detail && detail !== todo.text) item.detail = detail;
  if (walk.section) item.section = walk.section;
  walk.out.push(item);
}

/** First sentence of a text that reads as a to-do. */
function firstTodo(text: string, lang: PageLang): { todo: Todo; sentence: string } | null {
  for (const sentence of splitSentences(text, lang)) {
    const todo = todoOf(sentence, lang);
    if (todo) return { todo, sentence };
  }
  return null;
}

/** A list item: `label: description` gives the label as the to-do; else its first instruction. */
function takeItem(walk: Walk, block: Block): void {
  const labelled = splitLabel(block, walk.lang);
  if (labelled) {
    const own = todoOfHeading(labelled.label, walk.lang);
    const described = firstTodo(labelled.description, walk.lang);
    // English bold labels are often topics ("Color", "The Touch Factor") over advice about them;
    // Japanese ones name the step (「上司への報告」). So an English label must itself be a to-do.
    if (own || (described && walk.lang === 'ja')) {
      const rule = own ? own.rule : `label of a list item whose description says ${described!.todo.rule}`;
      push(walk, 'list', { text: own ? own.text : labelled.label, rule }, labelled.label, labelled.description);
      return;
    }
    if (walk.lang === 'en' && labelled.label.length < block.text.length / 2) return; // a topic label over an explanation
  }
  // A bare phrase (「丁寧に書く」, "Keep learning") is a step only as a top-level item outside a list of reasons.
  const bareAllowed = block.depth <= 1 && !walk.inReasonSection;
  const found = firstTodo(block.text, walk.lang) ?? (bareAllowed ? headingLike(block.text, walk.lang) : null);
  if (found) push(walk, 'list', found.todo, found.sentence, found.sentence === block.text ? undefined : block.text);
}

function headingLike(text: string, lang: PageLang): { todo: Todo; sentence: string } | null {
  const line = text.split('\n')[0]!;
  const todo = todoOfHeading(line, lang);
  return todo ? { todo, sentence: line } : null;
}

function takeParagraph(walk: Walk, block: Block): void {
  for (const sentence of splitSentences(block.text, walk.lang)) {
    const todo = todoOf(sentence, walk.lang);
    if (todo) push(walk, 'sentence', todo, sentence);
  }
}

function takeHeading(walk: Walk, block: Block): void {
  walk.inCtaTail = false;
  if (block.level <= 1) return;
  const text = block.text.replace(/\s+/g, ' ');
  walk.section = isStructuralHeading(text, walk.lang) ? undefined : text;
  walk.inReasonSection = isReasonHeading(text, walk.lang);
  const todo = todoOfHeading(text, walk.lang);
  if (todo) push(walk, 'heading', todo, text);
}

/** Reads the blocks in order and returns every candidate to-do, before deduplication. */
export function extractCandidates(blocks: Block[], lang: PageLang): Candidate[] {
  const walk: Walk = { lang, section: undefined, inReasonSection: false, inCtaTail: false, out: [] };
  for (const block of blocks) {
    if (walk.out.length >= MAX_ITEMS * 2) break;
    if (block.kind === 'cta') walk.inCtaTail = true;
    else if (block.kind === 'heading') takeHeading(walk, block);
    else if (block.quoted || isLinkList(block) || walk.inCtaTail) continue;
    else if (block.kind === 'item') takeItem(walk, block);
    else takeParagraph(walk, block);
  }
  return walk.out;
}
