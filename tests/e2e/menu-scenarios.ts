import { expect } from 'vitest';
import type { Rows } from '../helpers/extension-rows';
import { poll, SEED_EXPECTED } from './environment';

/** The page and selection both right-click-menu suites (Chromium, Firefox) use. */
export const NOTE_TITLE = 'A note on deadlines';
export const NOTE_TEXT = 'Write the weekly report before Friday noon';
export const NOTE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${NOTE_TITLE}</title></head>
<body><p>Some words first.</p><p id="pick">${NOTE_TEXT}</p><p>Some words after.</p></body></html>`;

/** Runs in the note page: selects the #pick paragraph and returns what the browser selected. */
export function selectPick(): string {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('pick')!);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  return getSelection()!.toString();
}

/** The to-do made from the selection, with its article, once stored. */
export function selectedTodoIn(rows: Rows) {
  const todo = rows.todos.find((t) => t.text === NOTE_TEXT);
  return todo ? { todo, article: rows.articles.find((a) => a.id === todo.articleId) } : undefined;
}

/** Where a suite reads its state: the extension's raw rows, and the to-do names its popup lists. */
export interface MenuWatch {
  rows: () => Promise<Rows>;
  popupNames: () => Promise<string[]>;
}

/**
 * After "Capture this page" on the seed page at `url`: its to-dos are stored (as a page capture,
 * not a selection) and the popup lists them.
 */
export async function expectSeedCaptured({ rows, popupNames }: MenuWatch, url: string): Promise<void> {
  await poll(async () => {
    const texts = (await rows()).todos.map((t) => t.text);
    return SEED_EXPECTED.every((text) => texts.includes(text)) ? true : undefined;
  }, 'the page capture', 40_000);
  const article = (await rows()).articles.find((a) => (a.pageUrl ?? a.url) === url);
  expect(article?.via).not.toBe('selection');
  const names = await poll(async () => {
    const listed = await popupNames();
    return SEED_EXPECTED.every((text) => listed.includes(text)) ? listed : undefined;
  }, 'the popup to list the page');
  expect(names).toEqual(expect.arrayContaining(SEED_EXPECTED));
}
