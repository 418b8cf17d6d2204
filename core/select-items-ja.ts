import type { Candidate } from './extract-items';
import { negativeOfPlain } from './ja-conjugate';
import { JA_TODO } from './rules-ja';

/** The rules that read a heading or list item in dictionary form (todo-heading, todo-ja): their text is the item's own wording. */
const PLAIN_RULES = new Set(['a heading or label in dictionary form', '「〜すること」']);

/**
 * Japanese tip pages put each tip in a heading (「毎月使う金額をチェックしよう」) and explain it in the
 * paragraphs below, whose 〜ましょう sentences restate or elaborate that tip. So a sentence under a
 * heading that is itself a to-do is dropped; sentences in other sections, and list items, stay.
 *
 * A heading that names a list of things to do (「退職を伝える前に準備すること」) is the list's title, not
 * a step of its own, when list to-dos follow in its section. And under a heading over things not to do
 * (「やってはいけないNG行動」), plain list items (「退職届をいきなり提出する」) are prohibitions: the
 * to-do is their negative (「退職届をいきなり提出しない」).
 */
export function selectItemsJa(items: Candidate[]): Candidate[] {
  const listSections = new Set(items.filter((i) => i.kind === 'list').map((i) => i.section));
  const listTitle = (i: Candidate): boolean => i.kind === 'heading' && i.rule === '「〜すること」' && listSections.has(i.section);
  const tipSections = new Set(items.filter((i) => i.kind === 'heading' && !listTitle(i)).map((i) => i.section));
  return items
    .filter((i) => (i.kind !== 'sentence' || !i.section || !tipSections.has(i.section)) && !listTitle(i))
    .map((i) => (isDont(i) ? { ...i, text: negativeOfPlain(i.text) } : i));
}

function isDont(item: Candidate): boolean {
  return item.kind === 'list' && !!item.section && JA_TODO.dontHeading.test(item.section) && PLAIN_RULES.has(item.rule) && !/ない$/.test(item.text);
}
