import type { ArticleRow, TodoRow } from '../../db/database';

/** Rows of the extension's database, read raw from one of its contexts (no Dexie, no app code). */
export interface Rows {
  articles: ArticleRow[];
  todos: TodoRow[];
}

/**
 * Runs inside an extension page or the worker (serialised by evaluate: must be self-contained). Reads
 * IndexedDB directly so a bug in db/ cannot hide what was really written. A missing database
 * reads as empty and is not created.
 */
export async function readRows(): Promise<Rows> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('actionable')) return { articles: [], todos: [] };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('actionable');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = <T>(store: string) =>
    new Promise<T[]>((resolve, reject) => {
      if (!db.objectStoreNames.contains(store)) return resolve([]);
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
  try {
    const [articles, todos] = await Promise.all([all<ArticleRow>('articles'), all<TodoRow>('todos')]);
    return { articles, todos };
  } finally {
    db.close();
  }
}

/** Empties both stores, as a fresh profile would have them (runs in the extension page: self-contained). */
export async function wipeRows(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('actionable');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['articles', 'todos'], 'readwrite');
    tx.objectStore('articles').clear();
    tx.objectStore('todos').clear();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
