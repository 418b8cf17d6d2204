import type { ActionableDB } from './database';
import { searchLines } from './search-lines';

/**
 * Rewrites one article's search text from its to-dos. Call it inside the same transaction as the
 * write that changed them (scope: articles + todos), so search never sees a half-done change.
 */
export async function reindexArticle(db: ActionableDB, articleId: string): Promise<void> {
  const todos = await db.todos.where('articleId').equals(articleId).toArray();
  await db.articles.update(articleId, { searchText: searchLines(todos) });
}
