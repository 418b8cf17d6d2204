import type { Rows } from '../helpers/extension-rows';

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
