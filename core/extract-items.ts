import type { Block } from './collect-blocks';
import type { ActionItem, PageLang } from './types';
import { splitLabel } from './label-split';
import { splitSentences } from './sentences';
import { todoOf, type Todo } from './todo-of';
import { todoOfQuotedLineEn } from './todo-en';
import { isReasonHeading, isStructuralHeading, todoOfHeading } from './todo-heading';
import { MAX_ITEMS } from './limits';

/** A block more than this share link text is navigation or a link list, not advice. */
const MAX_LINK_DENSITY = 0.5;

/**
 * English lists of noun phrases (metrics, features, ingredients: "visit count", "search term")
 * hold a few words that are also verbs. A list of at least this many items…
 */
const MIN_ITEMS_FOR_THING_LIST_EN = 4;
/** …where fewer than this share of items read as to-dos is a list of things, not of steps. */
const MIN_TODO_SHARE_OF_STEP_LIST_EN = 0.5;

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
  /** The list each candidate came from (-1 outside lists), and how many items each list has. */
  listOf: number[];
  listSize: Map<number, number>;
}

function isLinkList(block: Block): boolean {
  return block.linkChars > MAX_LINK_DENSITY * block.text.replace(/\s/g, '').length;
}

function push(walk: Walk, kind: ActionItem['kind'], todo: Todo, quote: string, detail?: string): void {
  const item: Candidate = { text: todo.text, kind, quote, position: walk.out.length, rule: todo.rule };
  if (detail && detail !== todo.text) item.detail = detail;
  if (walk.section) item.section = walk.section;
  walk.out.push(item);
  walk.listOf.push(-1);
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
    // A topic label over an explanation ("The Touch Factor: Stores … Don't pick anything up"): the
    // explanation's first instruction is the to-do.
    if (walk.lang === 'en' && labelled.label.length < block.text.length / 2) {
      if (described) push(walk, 'list', described.todo, described.sentence, block.text);
      return;
    }
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
  const said = walk.lang === 'en' ? todoOfQuotedLineEn(block.text, walk.section) : null;
  if (said) return push(walk, 'sentence', said, block.text);
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
  const walk: Walk = { lang, section: undefined, inReasonSection: false, inCtaTail: false, out: [], listOf: [], listSize: new Map() };
  for (const block of blocks) {
    if (walk.out.length >= MAX_ITEMS * 2) break;
    if (block.kind === 'cta') walk.inCtaTail = true;
    else if (block.kind === 'heading') takeHeading(walk, block);
    else if (block.quoted || isLinkList(block) || walk.inCtaTail) continue;
    else if (block.kind === 'item') takeListItem(walk, block);
    else takeParagraph(walk, block);
  }
  return lang === 'en' ? withoutThingListsEn(walk) : walk.out;
}

function takeListItem(walk: Walk, block: Block): void {
  walk.listSize.set(block.list, (walk.listSize.get(block.list) ?? 0) + 1);
  const before = walk.out.length;
  takeItem(walk, block);
  for (let i = before; i < walk.out.length; i++) walk.listOf[i] = block.list;
}

/** Drops the to-dos of English lists that are mostly noun phrases (see MIN_ITEMS_FOR_THING_LIST_EN). */
function withoutThingListsEn(walk: Walk): Candidate[] {
  const todos = new Map<number, number>();
  for (const list of walk.listOf) if (list >= 0) todos.set(list, (todos.get(list) ?? 0) + 1);
  const isThingList = (list: number): boolean => {
    const size = walk.listSize.get(list) ?? 0;
    return list >= 0 && size >= MIN_ITEMS_FOR_THING_LIST_EN && (todos.get(list) ?? 0) < MIN_TODO_SHARE_OF_STEP_LIST_EN * size;
  };
  return walk.out.filter((_, i) => !isThingList(walk.listOf[i]!));
}
