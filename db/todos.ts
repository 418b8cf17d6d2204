import type { ActionableDB } from './database';

/** Checks or unchecks a to-do; `doneAt` records when it was checked. */
export async function setDone(db: ActionableDB, id: string, done: boolean, now = Date.now()): Promise<void> {
  await db.todos.update(id, { done: done ? 1 : 0, doneAt: done ? now : undefined, updatedAt: now });
}

/** Changes a to-do's wording. Its `key` stays the captured one, so a re-capture still merges. */
export async function editText(db: ActionableDB, id: string, text: string, now = Date.now()): Promise<void> {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A to-do needs some text.');
  await db.todos.update(id, { text: trimmed, updatedAt: now });
}
