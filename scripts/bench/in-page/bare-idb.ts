import { ActionableDB } from '../../../db/database';

// The bench's same-run references for db/ figures: the same rows through IndexedDB alone, without
// Dexie, hooks, merging or validation. Whatever db/ adds on top shows as a ratio to these.

/** Drops the `undefined` fields a parsed backup row carries (IndexedDB clones them as present). */
export const clean = <T extends object>(row: T): T => JSON.parse(JSON.stringify(row)) as T;

/** Opens an existing database as it is, with IndexedDB alone. */
function openAsIs(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
}

/**
 * A fresh, empty database named `name` with exactly ActionableDB's stores and indexes (created by
 * ActionableDB itself, so the reference cannot drift from the schema), opened by IndexedDB alone.
 */
export async function freshBareDb(name: string): Promise<IDBDatabase> {
  await ActionableDB.delete(name);
  const schema = new ActionableDB(name);
  await schema.open();
  schema.close();
  return openAsIs(name);
}

export interface BareWrite {
  store: string;
  rows: readonly object[];
  method?: 'add' | 'put';
}

/** One readwrite transaction with one request per row, in order; resolves when it commits. */
export function bareWrite(db: IDBDatabase, writes: readonly BareWrite[], durability: IDBTransactionDurability = 'default'): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction([...new Set(writes.map((w) => w.store))], 'readwrite', { durability });
    for (const { store, rows, method = 'add' } of writes) {
      const target = tx.objectStore(store);
      for (const row of rows) target[method](row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('bare write aborted'));
  });
}

/**
 * What storeCapture asks of the database for a new article, by IndexedDB alone in one
 * transaction: the article's row and its to-dos read (by the `[articleId+key]` index, as Dexie
 * reads `articleId`), then the to-dos added and the article put.
 */
export function bareCapture(db: IDBDatabase, article: { id: string }, todos: readonly object[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['articles', 'todos'], 'readwrite');
    const articles = tx.objectStore('articles');
    const store = tx.objectStore('todos');
    let pending = 2;
    const write = () => {
      if (--pending > 0) return;
      for (const row of todos) store.add(row);
      articles.put(article);
    };
    articles.get(article.id).onsuccess = write;
    store.index('[articleId+key]').getAll(IDBKeyRange.bound([article.id], [article.id, []])).onsuccess = write;
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('bare capture aborted'));
  });
}
