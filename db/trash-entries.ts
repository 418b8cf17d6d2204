import type { ActionableDB, ArticleRow, TodoRow } from './database';

/** One line of the Trash view: a whole article (with how many to-dos went with it) or one to-do. */
export type TrashEntry =
  | { kind: 'article'; article: ArticleRow; count: number; deletedAt: number }
  | { kind: 'todo'; todo: TodoRow; article: ArticleRow | undefined; deletedAt: number };

/** How much of the trash the view shows at once. */
const TRASH_LIMIT = 200;

/**
 * What is in the trash, most recently deleted first, read through the `deletedAt` indexes
 * (only trashed rows are in them). A to-do trashed with its article is shown as the article.
 */
export async function trashEntries(db: ActionableDB, limit = TRASH_LIMIT): Promise<TrashEntry[]> {
  return db.transaction('r', db.articles, db.todos, async () => {
    const articles = await db.articles.orderBy('deletedAt').reverse().limit(limit).toArray();
    const trashedArticles = new Set(articles.map((a) => a.id));
    const todos = await db.todos.orderBy('deletedAt').reverse().limit(limit).toArray();
    const single = todos.filter((t) => !trashedArticles.has(t.articleId));
    const owners = await db.articles.bulkGet([...new Set(single.map((t) => t.articleId))]);
    const ownerOf = new Map(owners.filter((a): a is ArticleRow => a !== undefined).map((a) => [a.id, a]));
    const entries: TrashEntry[] = [
      ...(await Promise.all(
        articles.map(async (article) => ({
          kind: 'article' as const,
          article,
          deletedAt: article.deletedAt ?? 0,
          count: await db.todos.where('articleId').equals(article.id).and((t) => t.deletedAt === article.deletedAt).count(),
        })),
      )),
      ...single.map((todo) => ({ kind: 'todo' as const, todo, article: ownerOf.get(todo.articleId), deletedAt: todo.deletedAt ?? 0 })),
    ];
    return entries.sort((a, b) => b.deletedAt - a.deletedAt).slice(0, limit);
  });
}
