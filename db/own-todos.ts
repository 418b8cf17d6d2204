import { articleIdFor, normaliseArticleUrl, siteOf } from './article-id';
import type { ActionableDB, ArticleRow, TodoRow } from './database';
import { reindexArticle } from './search-index';
import { todoKey } from './todo-key';

/**
 * Standalone to-dos live under one synthetic article with this id, so every to-do has an article
 * and the list, search, trash and counts need no special case. Real article ids are hashes that
 * start with "a" (article-id.ts), so they can never collide with it. Its title is shown from the
 * UI strings, not stored, so it can be translated.
 */
export const OWN_ARTICLE_ID = 'own';

export class DuplicateTodoError extends Error {
  constructor() {
    super('That to-do is already in the list.');
    this.name = 'DuplicateTodoError';
  }
}

/** Adds the user's own to-do at the end of an article (or, without one, to "My to-dos"). */
export async function addOwnTodo(
  db: ActionableDB,
  text: string,
  articleId: string = OWN_ARTICLE_ID,
  now = Date.now(),
): Promise<TodoRow> {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A to-do needs some text.');
  return db.transaction('rw', db.articles, db.todos, async () => {
    const article = await db.articles.get(articleId);
    if (!article && articleId !== OWN_ARTICLE_ID) throw new Error(`No article ${articleId}`);
    // Newest first: the user's own list rises to the top whenever something is added to it.
    if (!article) await db.articles.add(ownArticle(now));
    else if (articleId === OWN_ARTICLE_ID) await db.articles.update(articleId, { capturedAt: now, deletedAt: undefined });
    const todo = await insertTodo(db, articleId, trimmed, now);
    await reindexArticle(db, articleId);
    return todo;
  });
}

/** "Add this page as a to-do": for a page with no action items, the page itself becomes one. */
export async function addPageAsTodo(
  db: ActionableDB,
  page: { url: string; title: string },
  now = Date.now(),
): Promise<TodoRow> {
  const articleId = articleIdFor(page.url);
  const title = page.title.trim() || siteOf(page.url) || page.url;
  return db.transaction('rw', db.articles, db.todos, async () => {
    const article = await db.articles.get(articleId);
    if (!article) await db.articles.add(pageArticle(articleId, page.url, title, now));
    else await db.articles.update(articleId, { deletedAt: undefined, updatedAt: now });
    const existing = await db.todos.where({ articleId, key: todoKey(title) }).first();
    const todo = existing ?? (await insertTodo(db, articleId, title, now));
    if (existing?.deletedAt !== undefined) await db.todos.update(existing.id, { deletedAt: undefined });
    await reindexArticle(db, articleId);
    return todo;
  });
}

async function insertTodo(db: ActionableDB, articleId: string, text: string, now: number): Promise<TodoRow> {
  // A text made only of punctuation has an empty key; it still deserves a row of its own.
  const key = todoKey(text) || `own:${crypto.randomUUID()}`;
  const clash = await db.todos.where({ articleId, key }).first();
  if (clash && clash.deletedAt === undefined) throw new DuplicateTodoError();
  // A trashed twin would block the unique index: bring it back with the new wording instead.
  if (clash) {
    await db.todos.update(clash.id, { text, deletedAt: undefined, done: 0, doneAt: undefined, updatedAt: now });
    return { ...clash, text, deletedAt: undefined, done: 0, doneAt: undefined, updatedAt: now };
  }
  // After the article's last position (list order is by position; v4 sorts in memory).
  const siblings = await db.todos.where('articleId').equals(articleId).toArray();
  const todo: TodoRow = {
    id: crypto.randomUUID(),
    articleId,
    text,
    position: siblings.reduce((max, t) => Math.max(max, t.position + 1), 0),
    done: 0,
    createdAt: now,
    updatedAt: now,
    key,
  };
  await db.todos.add(todo);
  return todo;
}

function ownArticle(now: number): ArticleRow {
  return {
    id: OWN_ARTICLE_ID, url: '', title: '', site: '', lang: '', career: 0, via: 'manual',
    reasons: [], capturedAt: now, updatedAt: now, analysisMs: 0,
  };
}

function pageArticle(id: string, url: string, title: string, now: number): ArticleRow {
  return {
    id, url: normaliseArticleUrl(url), title, site: siteOf(url), lang: '', career: 0, via: 'manual',
    reasons: [], capturedAt: now, updatedAt: now, analysisMs: 0,
  };
}
