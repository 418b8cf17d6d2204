import type { PageCapture } from '../lib/protocol';
import { articleIdFor, normaliseArticleUrl, siteOf } from './article-id';
import type { ActionableDB, ArticleRow, TodoRow } from './database';
import { searchLines } from './search-lines';
import { todoKey } from './todo-key';

export interface StoreResult {
  articleId: string;
  /** To-dos this capture added. */
  added: number;
  /** The article's to-dos after it (not deleted). */
  total: number;
}

/**
 * Stores one capture in one transaction. Re-capturing merges: what the user already has keeps
 * its state, edits and position; new items are added; nothing is removed or reset — a to-do the
 * user deleted stays deleted. The unique `[articleId+key]` index is the last word on duplicates.
 * A whole article in the trash stays there when auto-capture passes by again; asking for it
 * ("Capture this page") brings it back with the to-dos that were trashed along with it.
 */
export async function storeCapture(
  db: ActionableDB,
  capture: PageCapture,
  now: number = Date.now(),
): Promise<StoreResult> {
  const url = capture.canonicalUrl || capture.url;
  const articleId = articleIdFor(url);
  return db.transaction('rw', db.articles, db.todos, async () => {
    // One pass (issue 7, db.capture_ms_50): the article and its to-dos are read once, and the
    // search text is computed from those rows and the new ones in memory, then written with the
    // article, instead of re-reading the to-dos for reindexArticle and again for the total.
    // Both reads go out at once, and the writes after them are not awaited one by one: each
    // await between requests costs a round trip to the database.
    const [existing, known] = await Promise.all([
      db.articles.get(articleId),
      db.todos.where('articleId').equals(articleId).toArray(),
    ]);
    const writes: Promise<unknown>[] = [];
    if (existing?.deletedAt !== undefined && capture.via !== 'auto') {
      const restored = known.filter((t) => t.deletedAt === existing.deletedAt);
      for (const todo of restored) delete todo.deletedAt;
      if (restored.length) writes.push(db.todos.bulkPut(restored));
    }
    const fresh = freshTodos(capture, articleId, known, existing !== undefined, now);
    if (fresh.length) writes.push(db.todos.bulkAdd(fresh));
    const live = [...known, ...fresh].filter((t) => t.deletedAt === undefined);
    const article: ArticleRow = { ...articleRow(capture, articleId, url, existing, now), searchText: searchLines(live) };
    writes.push(db.articles.put(article));
    await Promise.all(writes);
    return { articleId, added: fresh.length, total: live.length };
  });
}

/** The capture's items the article does not have yet (by key), numbered after the known ones. */
export function freshTodos(capture: PageCapture, articleId: string, known: readonly TodoRow[], merging: boolean, now: number): TodoRow[] {
  const keys = new Set(known.map((t) => t.key));
  let nextPosition = known.reduce((max, t) => Math.max(max, t.position + 1), 0);
  const fresh: TodoRow[] = [];
  for (const item of capture.items) {
    const key = todoKey(item.text);
    if (!key || keys.has(key)) continue;
    keys.add(key);
    fresh.push({
      id: crypto.randomUUID(),
      articleId,
      text: item.text,
      detail: item.detail,
      section: item.section,
      quote: item.quote,
      position: merging ? nextPosition++ : item.position,
      done: 0,
      createdAt: now,
      updatedAt: now,
      key,
    });
  }
  return fresh;
}

/** The article's row for `capture` (without its search text), merged over `existing`. */
export function articleRow(
  capture: PageCapture,
  id: string,
  url: string,
  existing: ArticleRow | undefined,
  now: number,
): ArticleRow {
  return {
    id,
    url: normaliseArticleUrl(url),
    pageUrl: normaliseArticleUrl(capture.url),
    title: capture.title || existing?.title || siteOf(url),
    site: siteOf(url),
    lang: capture.lang,
    career: capture.career ? 1 : 0,
    // The first capture says how the article arrived; a later one-click capture doesn't rewrite it.
    via: existing?.via ?? capture.via,
    reasons: capture.reasons,
    capturedAt: existing?.capturedAt ?? now,
    updatedAt: now,
    analysisMs: capture.analysisMs,
    deletedAt: capture.via === 'auto' ? existing?.deletedAt : undefined,
  };
}
