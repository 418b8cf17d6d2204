import type { ActionableDB, ArticleRow, TodoRow } from './database';
import { matchingIds, searchLines } from './search-lines';
import { searchText } from './search-text';

/** How many to-dos a search returns unless asked otherwise: more than a popup can show at once. */
export const DEFAULT_SEARCH_LIMIT = 200;

/**
 * Live to-dos whose text contains `query`, case-, width- and (Latin) accent-insensitively:
 * 「報告」 finds 「上司への報告」, "resume" and "RESUME" find "Update your résumé".
 * Results come newest article first, then in list order, at most `limit`.
 *
 * Fast because it reads one row per article (its `searchText`), not one per to-do, and fetches
 * only the matching to-dos by primary key. Articles written before they had a `searchText` are
 * searched through their to-dos instead, so nothing is missed.
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
    await forNewestArticles(db, async (articles) => {
      for (const article of articles) {
        if (article.deletedAt !== undefined) continue;
        const lines = article.searchText ?? (await linesFromTodos(db, article));
        ids.push(...matchingIds(lines, needle));
        if (ids.length >= limit) return false;
      }
      return true;
    });
    const rows = await db.todos.bulkGet(ids.slice(0, limit));
    // The rows are the truth: drop anything deleted or edited since its article was indexed.
    return rows.filter(
      (todo): todo is TodoRow => todo !== undefined && todo.deletedAt === undefined && searchText(todo.text).includes(needle),
    );
  });
}

/** Articles read by the first search batch: a common word fills a popup's page from these alone. */
const FIRST_BATCH = 16;
/** Each later batch is this many times the last: a rare word reaches the end in a few reads. */
const BATCH_GROWTH = 8;

/**
 * Calls `visit` on every article, newest first, a batch at a time, until it returns false. Articles are read in
 * growing batches through the `capturedAt` index, one getAll each: real IndexedDB charges per
 * row read, so a search that fills its limit early stops early, and one that matches nothing
 * costs a few reads, not one per article. Articles captured at the same instant may straddle
 * two batches: the next starts at the last one's time, inclusive, and skips what was visited.
 */
async function forNewestArticles(db: ActionableDB, visit: (batch: ArticleRow[]) => Promise<boolean>): Promise<void> {
  const seen = new Set<string>();
  let batch = FIRST_BATCH;
  let before: number | undefined;
  let ties = 0;
  for (;;) {
    const want = batch + ties;
    const range = before === undefined ? db.articles.orderBy('capturedAt') : db.articles.where('capturedAt').belowOrEqual(before);
    const rows = await range.reverse().limit(want).toArray();
    const fresh = rows.filter((article) => !seen.has(article.id));
    for (const article of fresh) seen.add(article.id);
    if (!(await visit(fresh)) || rows.length < want) return;
    const last = rows[rows.length - 1]!.capturedAt;
    // Rows at `last` are read again by the next batch (belowOrEqual): ask for that many more.
    ties = rows.filter((a) => a.capturedAt === last).length;
    before = last;
    batch *= BATCH_GROWTH;
  }
}

async function linesFromTodos(db: ActionableDB, article: ArticleRow): Promise<string> {
  return searchLines(await db.todos.where('articleId').equals(article.id).toArray());
}
