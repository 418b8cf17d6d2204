import type { ActionableDB } from './database';
import { reindexArticle } from './search-index';

/** Checks or unchecks a to-do; `doneAt` records when it was checked. */
export async function setDone(db: ActionableDB, id: string, done: boolean, now = Date.now()): Promise<void> {
  await db.todos.update(id, { done: done ? 1 : 0, doneAt: done ? now : undefined, updatedAt: now });
}

/** Changes a to-do's wording. Its `key` stays the captured one, so a re-capture still merges. */
export async function editText(db: ActionableDB, id: string, text: string, now = Date.now()): Promise<void> {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A to-do needs some text.');
  await db.transaction('rw', db.articles, db.todos, async () => {
    const todo = await db.todos.get(id);
    if (!todo) return;
    await db.todos.update(id, { text: trimmed, updatedAt: now });
    await reindexArticle(db, todo.articleId);
  });
}

/** Sets (or, with undefined, clears) the day a to-do is due. */
export async function setDue(db: ActionableDB, id: string, dueAt: number | undefined, now = Date.now()): Promise<void> {
  await db.todos.update(id, { dueAt, updatedAt: now });
}
