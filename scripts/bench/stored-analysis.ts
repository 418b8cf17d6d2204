import type { Worker } from 'playwright-core';

/**
 * The analysisMs of the article the background stored or updated at or after `since` (epoch ms),
 * read from the extension's real IndexedDB inside its service worker — raw IndexedDB, because
 * the worker's bundle keeps Dexie to itself. undefined: nothing stored since then (yet).
 */
export function storedAnalysisMsSince(worker: Worker, since: number): Promise<number | undefined> {
  return worker.evaluate(
    (after) =>
      new Promise<number | undefined>((resolve, reject) => {
        const open = indexedDB.open('actionable');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) {
            db.close();
            resolve(undefined);
            return;
          }
          const all = db.transaction('articles').objectStore('articles').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const rows = (all.result as { updatedAt: number; analysisMs: number }[]).filter((r) => r.updatedAt >= after);
            rows.sort((a, b) => b.updatedAt - a.updatedAt);
            resolve(rows[0]?.analysisMs);
          };
        };
      }),
    since,
  );
}
