/** A look at the extension's database from one of its own contexts (worker or page). */
export interface DbSnapshot {
  articles: { id: string; url: string; updatedAt: number; reasons: string[]; analysisMs: number }[];
  todos: { articleId: string; text: string; deleted: boolean }[];
}

/**
 * Runs inside the extension (serialised: self-contained). Reads IndexedDB raw, without Dexie,
 * and only when the database exists — opening a missing one would create an empty one.
 */
export async function readExtensionDb(): Promise<DbSnapshot> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('actionable')) return { articles: [], todos: [] };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('actionable');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = <T>(store: string) =>
    new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
  try {
    const [articles, todos] = await Promise.all([
      all<DbSnapshot['articles'][number] & { deletedAt?: number }>('articles'),
      all<{ articleId: string; text: string; deletedAt?: number }>('todos'),
    ]);
    return {
      articles: articles.filter((a) => a.deletedAt === undefined).map(({ id, url, updatedAt, reasons, analysisMs }) => ({ id, url, updatedAt, reasons, analysisMs })),
      todos: todos.map((t) => ({ articleId: t.articleId, text: t.text, deleted: t.deletedAt !== undefined })),
    };
  } finally {
    db.close();
  }
}
