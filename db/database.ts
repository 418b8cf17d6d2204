import { Dexie, type EntityTable } from 'dexie';

export type CaptureVia = 'auto' | 'manual' | 'selection';

/** One captured page. `id` is a stable hash of its canonical URL, so re-captures merge. */
export interface ArticleRow {
  id: string;
  url: string;
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
  /** Soft delete: set, the to-do is in the trash and can be restored. */
  deletedAt?: number;
  /** Normalised captured text; unique per article so concurrent captures cannot duplicate. */
  key: string;
}

export const DB_NAME = 'actionable';

export class ActionableDB extends Dexie {
  articles!: EntityTable<ArticleRow, 'id'>;
  todos!: EntityTable<TodoRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Keep every version() block forever; migrate data only in .upgrade() (design: db/).
    this.version(1).stores({
      articles: 'id, capturedAt, updatedAt, site',
      todos: 'id, articleId, &[articleId+key], [articleId+position], done, dueAt, createdAt, deletedAt',
    });
  }
}

/** The one instance the extension's pages and background share. */
export const db = new ActionableDB();
