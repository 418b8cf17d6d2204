/** Rows of the extension's database, read raw from one of its pages (no Dexie, no app code). */
export interface Rows {
  articles: { id: string; url: string; title: string }[];
  todos: { id: string; articleId: string; text: string; key: string }[];
}

/**
 * Runs inside an extension page (serialised by page.evaluate: must be self-contained). Reads
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
    const [articles, todos] = await Promise.all([all<Rows['articles'][number]>('articles'), all<Rows['todos'][number]>('todos')]);
    return {
      articles: articles.map(({ id, url, title }) => ({ id, url, title })),
      todos: todos.map(({ id, articleId, text, key }) => ({ id, articleId, text, key })),
    };
  } finally {
    db.close();
  }
}
