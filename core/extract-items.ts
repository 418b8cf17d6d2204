import type { Block } from './collect-blocks';
import type { ActionItem, PageLang } from './types';
import { isBoldLabelJa, splitLabel } from './label-split';
import { splitSentences } from './sentences';
import { todoOf, type Todo } from './todo-of';
import { isCaptionEn, isFramedAdviceEn, pairOfSentenceEn, todoOfQuotedLineEn } from './todo-en';
import { pairOfSentenceJa } from './todo-ja';
import { BOLD_HEADING_LEVEL_EN, isBoldNumberedHeadingEn, isReasonHeading, isSubtitleEn, isStructuralHeading, numberedStepLevelsEn, todoOfHeading, todoOfNumberedStepEn } from './todo-heading';
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

/**
 * An English paragraph of at least this many sentences with a single bare imperative in it is a
 * story or an argument, and its imperative a rhetorical aside ("Turn on the TV and …"), not a step.
 */
const MIN_SENTENCES_OF_NARRATIVE_EN = 6;

/** Said of an English paragraph to-do in its first sentence: a step paragraph, not an elaboration (select-items). */
export const OPENS_PARAGRAPH_RULE_EN = ', opening its paragraph';

function isAsideEn(sentences: number, todos: Todo[]): boolean {
  return sentences >= MIN_SENTENCES_OF_NARRATIVE_EN && todos.length === 1 && !isFramedAdviceEn(todos[0]!);
}

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
  /** Whether the last list item at each depth gave a to-do: its sub-items are then part of a step. */
  stepAt: boolean[];
  /** English heading levels whose numbered headings are mostly to-dos (numberedStepLevelsEn). */
  stepLevels: Set<number>;
  /** The list each candidate came from (-1 outside lists), and how many items each list has. */
  listOf: number[];
  listSize: Map<number, number>;
}

function isLinkList(block: Block): boolean {
  return block.linkChars > MAX_LINK_DENSITY * block.text.replace(/\s/g, '').length;
}

/**
 * Lists that hold some plain-text items: a step there may link to its own article
 * (「<li><a>指示語を使わない</a><ul>…</ul></li>」) and is still a step. A list of links only is navigation.
 */
function proseListsJa(blocks: Block[]): Set<number> {
  return new Set(blocks.filter((b) => b.kind === 'item' && b.list >= 0 && !isLinkList(b)).map((b) => b.list));
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
  // A bare phrase (「丁寧に書く」, "Keep learning") is a step only as a top-level item outside a list of reasons,
  // or (Japanese) as a sub-item of a step, whose last sentence may then be a plain-form step too
  // (「表記を揃える」 › 「同じ意味なのに異なる言葉を使わない」, 「…も指示語。日付は西暦から書く」).
  const underStep = walk.lang === 'ja' && block.depth > 1 && walk.stepAt[block.depth - 1];
  const bareAllowed = (block.depth <= 1 || underStep) && !walk.inReasonSection;
  const bareText = underStep ? splitSentences(block.text, walk.lang).pop()! : block.text;
  const found = firstTodo(block.text, walk.lang) ?? (bareAllowed ? headingLike(bareText, walk.lang) : null);
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
  if (walk.lang === 'en' && isCaptionEn(block.text)) return;
  const sentences = splitSentences(block.text, walk.lang);
  const found = sentences.map((sentence) => ({ sentence, todo: todoOf(sentence, walk.lang) })).filter((f) => f.todo);
  if (walk.lang === 'en' && isAsideEn(sentences.length, found.map((f) => f.todo!))) return;
  for (const { sentence, todo } of found) {
    const pair = walk.lang === 'ja' ? pairOfSentenceJa(sentence) : pairOfSentenceEn(sentence);
    if (pair) {
      for (const step of pair) push(walk, 'sentence', step, sentence);
      continue;
    }
    const opens = walk.lang === 'en' && sentence === sentences[0];
    push(walk, 'sentence', opens ? { text: todo!.text, rule: todo!.rule + OPENS_PARAGRAPH_RULE_EN } : todo!, sentence);
  }
}

/** A bold paragraph label that reads as a to-do takes the paragraph after it as its detail (false when it does not). */
function takeBoldLabel(walk: Walk, block: Block, next: Block): boolean {
  const todo = todoOfHeading(block.text, walk.lang);
  if (todo) push(walk, 'list', todo, block.text, next.text);
  return !!todo;
}

function takeHeading(walk: Walk, block: Block, subtitle = false): void {
  walk.inCtaTail = false;
  if (block.level <= 1) return;
  const text = block.text.replace(/\s+/g, ' ');
  walk.section = isStructuralHeading(text, walk.lang) ? undefined : text;
  walk.inReasonSection = isReasonHeading(text, walk.lang);
  const todo = todoOfHeading(text, walk.lang) ?? (walk.stepLevels.has(block.level) ? todoOfNumberedStepEn(text) : null);
  if (todo && !subtitle) push(walk, 'heading', todo, text);
}

/** Reads the blocks in order and returns every candidate to-do, before deduplication. */
export function extractCandidates(blocks: Block[], lang: PageLang): Candidate[] {
  const stepLevels = lang === 'en' ? numberedStepLevelsEn(blocks) : new Set<number>();
  const walk: Walk = { lang, section: undefined, inReasonSection: false, inCtaTail: false, out: [], stepAt: [], listOf: [], listSize: new Map(), stepLevels };
  const proseLists = lang === 'ja' ? proseListsJa(blocks) : null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (walk.out.length >= MAX_ITEMS * 2) break;
    if (block.kind === 'cta') walk.inCtaTail = true;
    else if (block.kind === 'heading') takeHeading(walk, block, lang === 'en' && isSubtitleEn(blocks, i));
    else if (lang === 'en' && isBoldNumberedHeadingEn(block)) takeHeading(walk, { ...block, kind: 'heading', level: BOLD_HEADING_LEVEL_EN });
    else if (block.quoted || (isLinkList(block) && !proseLists?.has(block.list)) || walk.inCtaTail) continue;
    else if (block.kind === 'item') takeListItem(walk, block);
    else if (lang === 'ja' && isBoldLabelJa(block, blocks[i + 1]) && takeBoldLabel(walk, block, blocks[i + 1]!)) i++;
    else takeParagraph(walk, block);
  }
  return lang === 'en' ? withoutThingListsEn(walk) : walk.out;
}

function takeListItem(walk: Walk, block: Block): void {
  walk.listSize.set(block.list, (walk.listSize.get(block.list) ?? 0) + 1);
  const before = walk.out.length;
  takeItem(walk, block);
  walk.stepAt[block.depth] = walk.out.length > before;
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
