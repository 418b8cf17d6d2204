import { Dexie } from 'dexie';
import type { ActionableDB, ArticleRow } from './database';

/** How many articles the first read asks for, and by what factor each later read grows. */
export interface Batches {
  first: number;
  growth: number;
}

/**
 * Every article, newest first, read a batch at a time through the `capturedAt` index (one getAll
 * per batch): real IndexedDB charges per row and per request, so a reader that has what it needs
 * after the first batch stops there. Articles captured at the same instant may straddle two
 * batches: the next starts at the last one's time, inclusive, and skips what was read.
 * Its methods return Dexie's own promises, so awaiting them inside a transaction keeps it alive.
 */
export class NewestArticles {
  private readonly seen = new Set<string>();
  private batch: number;
  private before: number | undefined;
  private ties = 0;
  /** True once a read came back short: every article has been returned. */
  done = false;

  constructor(
    private readonly db: ActionableDB,
    private readonly batches: Batches,
  ) {
    this.batch = batches.first;
  }

  /** The next batch (empty once done). */
  next(): Promise<ArticleRow[]> {
    const want = this.batch + this.ties;
    const { articles } = this.db;
    const range = this.before === undefined ? articles.orderBy('capturedAt') : articles.where('capturedAt').belowOrEqual(this.before);
    return range
      .reverse()
      .limit(want)
      .toArray()
      .then((rows) => {
        const fresh = rows.filter((article) => !this.seen.has(article.id));
        for (const article of fresh) this.seen.add(article.id);
        if (rows.length < want || fresh.length === 0) this.done = true;
        else {
          const last = rows[rows.length - 1]!.capturedAt;
          // Rows at `last` are read again by the next batch (belowOrEqual): ask for that many more.
          this.ties = rows.filter((a) => a.capturedAt === last).length;
          this.before = last;
          this.batch *= this.batches.growth;
        }
        return fresh;
      });
  }

  /** Whether any article has not been returned yet (one count, no rows read). */
  hasMore(): Promise<boolean> {
    if (this.done) return Dexie.Promise.resolve(false);
    const { before } = this;
    if (before === undefined) return this.db.articles.count().then((n) => n > 0);
    return this.db.articles.where('capturedAt').belowOrEqual(before).count().then((n) => n > this.ties);
  }
}
