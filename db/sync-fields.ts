import type { Stamp } from '../lib/sync/hlc';
import type { ArticleRow, TodoRow } from './database';

/**
 * Sync's additions to the rows (SYNC.md): per-field clock stamps, not indexed, so they need no
 * schema change. A group without a stamp has the implicit stamp of the row's creation
 * (`createdAt` of a to-do, `capturedAt` of an article), so rows written before sync existed, or
 * never edited, carry nothing extra.
 */
export type TodoClock = {
  /** text */
  x?: Stamp;
  /** done and doneAt */
  d?: Stamp;
  /** dueAt */
  u?: Stamp;
  /** deletedAt (trash) */
  r?: Stamp;
};

export type ArticleClock = {
  /** url, title, lang, career, via, capturedAt */
  h?: Stamp;
  /** deletedAt (trash) */
  r?: Stamp;
};

/** The rows carry `syncClock` (db/database.ts); these names say a function reads it. */
export type SyncedTodoRow = TodoRow;
export type SyncedArticleRow = ArticleRow;

/** Which row fields each stamped group covers. */
export const TODO_GROUPS = { x: ['text'], d: ['done', 'doneAt'], u: ['dueAt'], r: ['deletedAt'] } as const;
export const ARTICLE_GROUPS = { h: ['url', 'title', 'lang', 'career', 'via', 'capturedAt'], r: ['deletedAt'] } as const;

/**
 * A to-do or article deleted for good (empty trash, undo of a capture) that sync must still
 * tell other browsers about until it expires. `todoId` is the to-do's sync id (a hash of its
 * key, lib/sync/todo-id.ts), '' for the article itself; `at` is when, for expiry.
 */
export interface TombstoneRow {
  articleId: string;
  todoId: string;
  stamp: Stamp;
  at: number;
}
