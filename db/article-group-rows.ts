import type { ArticleGroup, TodoFilter } from './article-groups';
import type { ArticleRow, TodoRow } from './database';

// How the list turns rows into groups, shared by listGroups (Dexie) and the popup's first-screen
// reader (raw IndexedDB, db/raw-first-page.ts), so both return the same page. No Dexie here.

/**
 * Articles read beyond a page's limit in each batch: a few articles may have nothing to show
 * (everything done, under "Open"), and a second read costs more than a few extra rows.
 */
export const ARTICLE_SLACK = 5;

/** Whether the list shows `todo` under `filter`; to-dos in `keep` (checked off while the popup is open) stay. */
export function passes(filter: TodoFilter, todo: TodoRow, keep?: ReadonlySet<string>): boolean {
  return filter === 'all' || (filter === 'done') === (todo.done === 1) || keep?.has(todo.id) === true;
}

/**
 * An article's group from all its to-do rows (in `[articleId+key]` index order): the live ones
 * sorted by position (stable, so equal positions keep index order), those that pass `keep` shown.
 */
export function groupFrom(article: ArticleRow, rows: readonly TodoRow[], keep: (todo: TodoRow) => boolean): ArticleGroup {
  const live = rows.filter((todo) => todo.deletedAt === undefined).sort((a, b) => a.position - b.position);
  return { article, todos: live.filter(keep), done: live.filter((t) => t.done === 1).length, total: live.length };
}
