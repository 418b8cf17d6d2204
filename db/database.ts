import { Dexie, type EntityTable, type Table } from 'dexie';
import { DB_NAME } from './db-name';
import { searchLines } from './search-lines';
import type { ArticleClock, TodoClock, TombstoneRow } from './sync-fields';
import { firstFrameChanged } from '../lib/first-frame/changed';
import { listWrittenMiddleware } from './list-written';
import { installSyncStamps } from './sync-stamps';

export type CaptureVia = 'auto' | 'manual' | 'selection';

/** One captured page. `id` is a stable hash of its canonical URL, so re-captures merge. */
export interface ArticleRow {
  id: string;
  /** The canonical URL (normalised): what the article is known by. */
  url: string;
  /**
   * Where the user last read it (normalised). "Open in article" goes here: the canonical link of
   * a copy, a mirror or a misconfigured page may point somewhere the user never was.
   */
  pageUrl?: string;
  title: string;
  site: string;
  lang: string;
  career: 0 | 1;
  via: CaptureVia;
  /** Detector reasons, kept for "Why was this captured?". */
  reasons: string[];
  capturedAt: number;
  updatedAt: number;
  analysisMs: number;
  /** Soft delete of the whole article (and its to-dos, stamped with the same time). */
  deletedAt?: number;
  /**
   * The article's live to-dos as search sees them: one `id<TAB>searchText(text)` line each.
   * Search scans one row per article instead of one per to-do (db/search-todos.ts); every
   * db/ write that changes a to-do's text or liveness rewrites it (db/search-index.ts).
   */
  searchText?: string;
  /** Sync's per-field clock stamps (db/sync-fields.ts); absent until a synced field is edited. */
  syncClock?: ArticleClock;
}

/** One to-do. Booleans are 0/1 because IndexedDB cannot index booleans. */
export interface TodoRow {
  id: string;
  articleId: string;
  text: string;
  detail?: string;
  section?: string;
  quote?: string;
  position: number;
  done: 0 | 1;
  dueAt?: number;
  createdAt: number;
  updatedAt: number;
  doneAt?: number;
  /** When its due-date reminder was shown; a later due date (snooze, edit) re-arms it. */
  remindedAt?: number;
  /** Soft delete: set, the to-do is in the trash and can be restored. */
  deletedAt?: number;
  /** Normalised captured text; unique per article so concurrent captures cannot duplicate. */
  key: string;
  /** Sync's per-field clock stamps (db/sync-fields.ts); absent until a synced field is edited. */
  syncClock?: TodoClock;
}

export { DB_NAME };

export class ActionableDB extends Dexie {
  articles!: EntityTable<ArticleRow, 'id'>;
  todos!: EntityTable<TodoRow, 'id'>;
  /** Deleted-for-good rows that sync still reports to other browsers until they expire (SYNC.md). */
  syncTombstones!: Table<TombstoneRow, [string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Keep every version() block forever; migrate data only in .upgrade() (design: db/).
    this.version(1).stores({
      articles: 'id, capturedAt, updatedAt, site',
      todos: 'id, articleId, &[articleId+key], [articleId+position], done, dueAt, createdAt, deletedAt',
    });
    // v2: articles can be trashed (deletedAt index for the Trash view) and carry their search text.
    this.version(2)
      .stores({ articles: 'id, capturedAt, updatedAt, site, deletedAt' })
      .upgrade(async (tx) => {
        const todos = await tx.table<TodoRow, string>('todos').toArray();
        const byArticle = new Map<string, TodoRow[]>();
        for (const todo of todos) byArticle.set(todo.articleId, [...(byArticle.get(todo.articleId) ?? []), todo]);
        await tx
          .table<ArticleRow, string>('articles')
          .toCollection()
          .modify((article) => {
            article.searchText = searchLines(byArticle.get(article.id) ?? []);
          });
      });
    // v3: only the indexes something queries (issue 7: each index is a write per row, and a
    // 10,000-row import maintained seven). The to-dos' `articleId` lookups use the compound
    // indexes that start with it (Dexie's virtual index); nothing sorts or filters to-dos by
    // `done` or `createdAt`, nor articles by `updatedAt`. Indexes only: no .upgrade() needed.
    this.version(3).stores({
      articles: 'id, capturedAt, site, deletedAt',
      todos: 'id, &[articleId+key], [articleId+position], dueAt, deletedAt',
    });
    // v4: no `[articleId+position]` (issue 7, db.bulk_insert_ms_10000: a write per row for an
    // order that an article's few dozen to-dos can be sorted into in memory). `articleId` lookups
    // still go through the unique `[articleId+key]` (Dexie's virtual index on its first part), so
    // every to-do costs one index entry besides its key; dueAt and deletedAt hold only the rows
    // that have one. Indexes only: no .upgrade() needed.
    this.version(4).stores({
      todos: 'id, &[articleId+key], dueAt, deletedAt',
    });
    // v5 (sync, issue 9): tombstones of rows deleted for good, so other browsers learn of the
    // deletion; `at` finds the expired ones. Sync's per-field stamps live on the rows, unindexed.
    this.version(5).stores({ syncTombstones: '[articleId+todoId], at' });
    // Every write reaches sync: updates are stamped, deletions leave tombstones (db/sync-stamps.ts).
    installSyncStamps(this);
    // Every committed change to the list retires the popup's kept first frame (issue 7).
    this.use(listWrittenMiddleware(firstFrameChanged));
  }
}

/** The one instance the extension's pages and background share. */
export const db = new ActionableDB();
