import type { Backup, BackupArticle, BackupTodo } from '../lib/backup/backup-format';
import type { ActionableDB, ArticleRow, TodoRow } from './database';
import { reindexArticle } from './search-index';

export interface ImportResult {
  articlesAdded: number;
  todosAdded: number;
  todosUpdated: number;
}

/**
 * When a row last changed, deletion included: deleting a whole article stamps its to-dos with
 * `deletedAt` only, so `updatedAt` alone would let an older backup bring them back.
 */
function lastChange(row: { updatedAt: number; deletedAt?: number }): number {
  return Math.max(row.updatedAt, row.deletedAt ?? 0);
}

/** The backup's row wins only when it changed strictly later: equal rows (a second import) stay put. */
function isNewer(incoming: { updatedAt: number; deletedAt?: number }, local: { updatedAt: number; deletedAt?: number }): boolean {
  return lastChange(incoming) > lastChange(local);
}

async function mergeArticle(db: ActionableDB, incoming: BackupArticle): Promise<'added' | 'updated' | 'kept'> {
  const local = await db.articles.get(incoming.id);
  if (!local) {
    await db.articles.add({ ...incoming });
    return 'added';
  }
  if (!isNewer(incoming, local)) return 'kept';
  // Fields the file does not carry (the page last read, the search text) stay as they were.
  await db.articles.put({ ...local, ...incoming } satisfies ArticleRow);
  return 'updated';
}

/**
 * A live to-do from the file whose article was trashed here after the to-do last changed goes to
 * the trash with it (stamped like deleteArticle does), so restoring the article brings it back.
 */
async function withArticleDeletion(db: ActionableDB, todo: BackupTodo): Promise<BackupTodo> {
  if (todo.deletedAt !== undefined) return todo;
  const deletedAt = (await db.articles.get(todo.articleId))?.deletedAt;
  return deletedAt !== undefined && deletedAt > todo.updatedAt ? { ...todo, deletedAt } : todo;
}

async function mergeTodo(db: ActionableDB, incoming: BackupTodo): Promise<'added' | 'updated' | 'kept'> {
  // The same to-do is the same id, or (captured on two machines) the same text in the same article.
  const local =
    (await db.todos.get(incoming.id)) ?? (await db.todos.where('[articleId+key]').equals([incoming.articleId, incoming.key]).first());
  if (!local) {
    await db.todos.add(await withArticleDeletion(db, incoming));
    return 'added';
  }
  if (!isNewer(incoming, local)) return 'kept';
  await db.todos.put({ ...local, ...(await withArticleDeletion(db, incoming)), id: local.id } satisfies TodoRow);
  return 'updated';
}

/**
 * Merges a validated backup into the database, idempotently: rows are matched by id (to-dos also
 * by their unique article + text key), the later change wins, and a row deleted here after the
 * backup was made stays deleted. One transaction: a failure anywhere writes nothing.
 */
export async function importBackup(db: ActionableDB, backup: Pick<Backup, 'articles' | 'todos'>): Promise<ImportResult> {
  return db.transaction('rw', db.articles, db.todos, async () => {
    const result: ImportResult = { articlesAdded: 0, todosAdded: 0, todosUpdated: 0 };
    const touched = new Set<string>();
    for (const article of backup.articles) {
      const outcome = await mergeArticle(db, article);
      if (outcome === 'added') result.articlesAdded += 1;
      if (outcome !== 'kept') touched.add(article.id);
    }
    for (const todo of backup.todos) {
      const outcome = await mergeTodo(db, todo);
      if (outcome === 'added') result.todosAdded += 1;
      if (outcome === 'updated') result.todosUpdated += 1;
      if (outcome !== 'kept') touched.add(todo.articleId);
    }
    // The search text is derived: rebuilt from the merged to-dos, never taken from a file.
    for (const articleId of touched) await reindexArticle(db, articleId);
    return result;
  });
}
