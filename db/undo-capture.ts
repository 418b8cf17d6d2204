import type { ActionableDB } from './database';
import type { CaptureChange } from './undoable-capture';

/**
 * Takes back one capture: deletes the to-dos it created (for good: they were never the user's,
 * and a later capture may add them again) and puts the article back as it was — or removes it
 * when this capture created it and nothing else was added since. To-dos the user already had
 * are never touched. Resolves with the article's live to-dos left afterwards.
 */
export async function undoCapture(db: ActionableDB, change: CaptureChange): Promise<number> {
  // syncTombstones: sync's record of the deletion is kept in the same transaction (db/sync-stamps.ts).
  return db.transaction('rw', db.articles, db.todos, db.syncTombstones, async () => {
    const ours = await db.todos
      .where('id')
      .anyOf(change.addedIds)
      .filter((todo) => todo.articleId === change.articleId)
      .primaryKeys();
    await db.todos.bulkDelete(ours);
    const left = await db.todos.where('articleId').equals(change.articleId).toArray();
    if (change.previous) await db.articles.put(change.previous);
    else if (left.length === 0) await db.articles.delete(change.articleId);
    return left.filter((todo) => todo.deletedAt === undefined).length;
  });
}
