import type { ActionableDB, TodoRow } from './database';

/** To-dos that still want a reminder: a due date set, not done, not in the trash. */
export async function dueTodos(db: ActionableDB): Promise<TodoRow[]> {
  const withDue = await db.todos.where('dueAt').above(0).toArray();
  return withDue.filter((t) => t.done === 0 && t.deletedAt === undefined);
}
