import type { ActionableDB } from './database';
import { reindexArticle } from './search-index';

/**
 * Soft delete: a deleted to-do or article only gets `deletedAt`, so Undo and the Trash view can
 * bring it back exactly as it was. Deleting an article stamps its live to-dos with the same time,
 * which is how restoring it knows which to-dos went with it (and which were trashed before).
 */
export async function deleteTodo(db: ActionableDB, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.articles, db.todos, async () => {
    const todo = await db.todos.get(id);
    if (!todo || todo.deletedAt !== undefined) return;
    await db.todos.update(id, { deletedAt: now, updatedAt: now });
    await reindexArticle(db, todo.articleId);
  });
}

/** Brings a trashed to-do back; if its whole article was trashed since, the article comes back too. */
export async function restoreTodo(db: ActionableDB, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.articles, db.todos, async () => {
    const todo = await db.todos.get(id);
    if (!todo) return;
    await db.todos.update(id, { deletedAt: undefined, updatedAt: now });
    const article = await db.articles.get(todo.articleId);
    if (article?.deletedAt !== undefined) await db.articles.update(article.id, { deletedAt: undefined });
    await reindexArticle(db, todo.articleId);
  });
}

export async function deleteArticle(db: ActionableDB, articleId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.articles, db.todos, async () => {
    const article = await db.articles.get(articleId);
    if (!article || article.deletedAt !== undefined) return;
    await db.articles.update(articleId, { deletedAt: now, updatedAt: now });
    await db.todos
      .where('articleId')
      .equals(articleId)
      .and((todo) => todo.deletedAt === undefined)
      .modify({ deletedAt: now });
    await reindexArticle(db, articleId);
  });
}

/** Brings an article back with the to-dos that were trashed along with it, and only those. */
export async function restoreArticle(db: ActionableDB, articleId: string): Promise<void> {
  await db.transaction('rw', db.articles, db.todos, async () => {
    const article = await db.articles.get(articleId);
    if (!article || article.deletedAt === undefined) return;
    await db.todos
      .where('articleId')
      .equals(articleId)
      .and((todo) => todo.deletedAt === article.deletedAt)
      .modify({ deletedAt: undefined });
    await db.articles.update(articleId, { deletedAt: undefined });
    await reindexArticle(db, articleId);
  });
}

/**
 * Forgets everything in the trash for good. A page whose article is forgotten is a stranger again:
 * capturing it later starts afresh.
 */
export async function emptyTrash(db: ActionableDB): Promise<void> {
  // syncTombstones: sync's record of the deletion is kept in the same transaction (db/sync-stamps.ts).
  await db.transaction('rw', db.articles, db.todos, db.syncTombstones, async () => {
    const articleIds = (await db.articles.where('deletedAt').above(-Infinity).primaryKeys()) as string[];
    await db.todos.where('deletedAt').above(-Infinity).delete();
    await db.todos.where('articleId').anyOf(articleIds).delete();
    await db.articles.bulkDelete(articleIds);
  });
}
