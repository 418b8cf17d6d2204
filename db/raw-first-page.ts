import { ARTICLE_SLACK, groupFrom, passes } from './article-group-rows';
import type { ArticleGroup, GroupPage, TodoFilter } from './article-groups';
import type { ArticleRow, TodoRow } from './database';
import { DB_NAME } from './db-name';

// The popup's first page read with IndexedDB alone (issue 7, popup first render): Dexie is most
// of the popup's code, and the first screen should not wait for it to load. Returns exactly what
// listGroups(db, { filter, limit }) returns (tests/db/raw-first-page.test.ts holds them side by
// side): the same batches of newest articles, the same groups, the same hasMore.

/** Stores and indexes as db/database.ts declares them (schema v4 on). */
const ARTICLES = 'articles';
const TODOS = 'todos';
const BY_CAPTURED_AT = 'capturedAt';
/** The unique `[articleId+key]` index: listGroups reads an article's to-dos through its first part. */
const BY_ARTICLE_KEY = '[articleId+key]';

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Opens the database at whatever version it is. When there is none yet (first run) it answers
 * undefined and creates nothing: creating it is Dexie's job, with its schema.
 */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let fresh = false;
    request.onupgradeneeded = () => {
      fresh = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // Dexie upgrading the schema in another page must not wait for this reader.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => (fresh ? resolve(undefined) : reject(request.error ?? new Error('IndexedDB open failed')));
    request.onblocked = () => resolve(undefined);
  });
}

/** IndexedDB 3.0's getAllRecords (Chromium 141+): a whole batch, newest first, in one request. */
type RecordsIndex = IDBIndex & {
  getAllRecords?: (options: { query: IDBKeyRange | null; count: number; direction: IDBCursorDirection }) => IDBRequest<{ value: unknown }[]>;
};

/** Up to `want` articles, newest first, at or before `before` (all of them when undefined). */
function newestArticles(index: RecordsIndex, before: number | undefined, want: number): Promise<ArticleRow[]> {
  const query = before === undefined ? null : IDBKeyRange.upperBound(before);
  if (typeof index.getAllRecords === 'function') {
    const records = index.getAllRecords({ query, count: want, direction: 'prev' });
    return result(records).then((rows) => rows.map((row) => row.value as ArticleRow));
  }
  // Elsewhere a cursor: one round trip per article.
  return new Promise((resolve, reject) => {
    const rows: ArticleRow[] = [];
    const request = index.openCursor(query, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || rows.length >= want) return resolve(rows);
      rows.push(cursor.value as ArticleRow);
      if (rows.length >= want) return resolve(rows);
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
  });
}

/** Every to-do row of one article, in `[articleId+key]` order (as Dexie's `where('articleId')` reads them). */
function todosOf(index: IDBIndex, articleId: string): Promise<TodoRow[]> {
  // [id] sorts before every [id, key] and [id, []] after every string key.
  return result(index.getAll(IDBKeyRange.bound([articleId], [articleId, []]))) as Promise<TodoRow[]>;
}

/**
 * What listGroups does, on one read transaction: articles a batch at a time through the
 * `capturedAt` index (NewestArticles: `limit + ARTICLE_SLACK`, then again from the last one's
 * time, inclusive, skipping what was read), each article's to-dos grouped and filtered.
 */
async function readPage(tx: IDBTransaction, filter: TodoFilter, limit: number): Promise<GroupPage> {
  const byCapturedAt = tx.objectStore(ARTICLES).index(BY_CAPTURED_AT);
  const byArticle = tx.objectStore(TODOS).index(BY_ARTICLE_KEY);
  const seen = new Set<string>();
  const batch = limit + ARTICLE_SLACK;
  let before: number | undefined;
  let ties = 0;
  let done = false;
  const groups: ArticleGroup[] = [];
  let overflow = false;
  while (groups.length < limit && !done) {
    const want = batch + ties;
    const rows = await newestArticles(byCapturedAt, before, want);
    const fresh = rows.filter((article) => !seen.has(article.id));
    for (const article of fresh) seen.add(article.id);
    if (rows.length < want || fresh.length === 0) done = true;
    else {
      before = rows[rows.length - 1]!.capturedAt;
      ties = rows.filter((a) => a.capturedAt === before).length;
    }
    const articles = fresh.filter((a) => a.deletedAt === undefined);
    const todos = await Promise.all(articles.map((a) => todosOf(byArticle, a.id)));
    articles.forEach((article, i) => {
      const group = groupFrom(article, todos[i]!, (t) => passes(filter, t));
      if (!group.todos.length) return;
      if (groups.length < limit) groups.push(group);
      else overflow = true;
    });
  }
  if (overflow || done) return { groups, hasMore: overflow };
  const left = before === undefined ? byCapturedAt.count() : byCapturedAt.count(IDBKeyRange.upperBound(before));
  return { groups, hasMore: (await result(left)) > (before === undefined ? 0 : ties) };
}

export interface RawReadOptions {
  filter?: TodoFilter;
  limit?: number;
  /** The IndexedDB to read (tests pass fake-indexeddb's); the page's own by default. */
  factory?: IDBFactory;
  name?: string;
}

/**
 * The list's first page as listGroups(db, { filter, limit }) returns it, read without Dexie.
 * Undefined when there is no database yet or it lacks the stores (older or newer than this
 * reader knows): the caller falls back to Dexie. Rejects only on an IndexedDB failure.
 */
export async function readFirstPage({ filter = 'open', limit = 20, factory = indexedDB, name = DB_NAME }: RawReadOptions = {}): Promise<GroupPage | undefined> {
  const db = await openExisting(factory, name);
  if (!db) return undefined;
  try {
    const stores = db.objectStoreNames;
    if (!stores.contains(ARTICLES) || !stores.contains(TODOS)) return undefined;
    const tx = db.transaction([ARTICLES, TODOS], 'readonly');
    const articles = tx.objectStore(ARTICLES);
    const todos = tx.objectStore(TODOS);
    if (!articles.indexNames.contains(BY_CAPTURED_AT) || !todos.indexNames.contains(BY_ARTICLE_KEY)) return undefined;
    return await readPage(tx, filter, limit);
  } finally {
    db.close();
  }
}
