import type { ActionableDB, ArticleRow, TodoRow } from './database';
import { matchingIds, searchLines } from './search-lines';
import { NewestArticles, type Batches } from './newest-articles';
import { keepLines, keptLines, searchGeneration } from './search-cache';
import { searchText } from './search-text';

/**
 * A common word fills a popup's page from the first 16 articles; each later read is 8 times the
 * last, so a word that matches nothing reads 1,000 articles in three requests.
 */
const SEARCH_BATCHES: Batches = { first: 16, growth: 8 };

/** How many to-dos a search returns unless asked otherwise: more than a popup can show at once. */
export const DEFAULT_SEARCH_LIMIT = 200;

/**
 * Live to-dos whose text contains `query`, case-, width- and (Latin) accent-insensitively:
 * 「報告」 finds 「上司への報告」, "resume" and "RESUME" find "Update your résumé".
 * Results come newest article first, then in list order, at most `limit`.
 *
 * Fast because it reads one row per article (its `searchText`), not one per to-do, and fetches
 * only the matching to-dos by primary key; articles are read newest first in batches, so a
 * common word stops early, and once every article has been read their lines are kept for the
 * next keystroke until something is written (db/search-cache.ts). Articles written before they
 * had a `searchText` are searched through their to-dos instead, so nothing is missed.
 */
export async function searchTodos(
  db: ActionableDB,
  query: string,
  options: { limit?: number } = {},
): Promise<TodoRow[]> {
  const needle = searchText(query);
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!needle || limit <= 0) return [];
  return db.transaction('r', db.articles, db.todos, async () => {
    const ids: string[] = [];
    const known = keptLines(db);
    if (known) {
      // No rows read, but a live query still learns that any article change concerns it.
      await db.articles.count();
      for (const lines of known) {
        ids.push(...matchingIds(lines, needle));
        if (ids.length >= limit) break;
      }
    } else {
      const since = searchGeneration();
      const all: string[] = [];
      const articles = new NewestArticles(db, SEARCH_BATCHES);
      while (ids.length < limit && !articles.done) {
        for (const article of await articles.next()) {
          if (article.deletedAt !== undefined) continue;
          const lines = article.searchText ?? (await linesFromTodos(db, article));
          all.push(lines);
          ids.push(...matchingIds(lines, needle));
        }
      }
      if (articles.done) keepLines(db, all, since);
    }
    const rows = await db.todos.bulkGet(ids.slice(0, limit));
    // The rows are the truth: drop anything deleted or edited since its article was indexed.
    return rows.filter(
      (todo): todo is TodoRow => todo !== undefined && todo.deletedAt === undefined && searchText(todo.text).includes(needle),
    );
  });
}

async function linesFromTodos(db: ActionableDB, article: ArticleRow): Promise<string> {
  return searchLines(await db.todos.where('articleId').equals(article.id).toArray());
}
