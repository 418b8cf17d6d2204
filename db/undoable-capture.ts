import type { PageCapture } from '../lib/protocol';
import { articleIdFor } from './article-id';
import type { ActionableDB, ArticleRow } from './database';
import { storeCapture, type StoreResult } from './store-capture';

/** What one capture changed, so that Undo can take back exactly that and nothing else. */
export interface CaptureChange {
  articleId: string;
  /** The to-dos this capture created. */
  addedIds: string[];
  /** The article as it was before, or undefined when this capture created it. */
  previous?: ArticleRow;
}

/**
 * Stores a capture (db/store-capture.ts) and records what it changed, in the same transaction.
 * The to-dos it created are those stamped with its `now`: the caller passes a time no other
 * capture uses (entrypoints/background keeps it strictly increasing).
 */
export async function storeUndoableCapture(
  db: ActionableDB,
  capture: PageCapture,
  now: number,
): Promise<{ result: StoreResult; change: CaptureChange }> {
  return db.transaction('rw', db.articles, db.todos, async () => {
    const previous = await db.articles.get(articleIdFor(capture.canonicalUrl || capture.url));
    const result = await storeCapture(db, capture, now);
    const addedIds = await db.todos
      .where('articleId')
      .equals(result.articleId)
      .filter((todo) => todo.createdAt === now)
      .primaryKeys();
    return {
      result,
      change: { articleId: result.articleId, addedIds, previous: previous?.id === result.articleId ? previous : undefined },
    };
  });
}
