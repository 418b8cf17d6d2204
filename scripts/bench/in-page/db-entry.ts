import { listGroups } from '../../../db/article-groups';
import { ActionableDB, DB_NAME } from '../../../db/database';
import { searchTodos } from '../../../db/search-todos';
import { storeCapture } from '../../../db/store-capture';
import { makeBackup } from '../../../lib/backup/backup-format';
import { importBackupFile } from '../../../lib/data-files';
import { DB_BENCH_GLOBAL, type DbBenchApi } from './api';
import { bareCapture, bareWrite, clean, freshBareDb } from './bare-idb';
import { captureRows, fakeCapture, fakeRows } from './fake-rows';

// Bundled and evaluated in an extension page (real IndexedDB of the extension's origin).
// Timings use a scratch database so the user-facing one is only touched by seedReal().

/** The scratch database the timings write to. */
const SCRATCH_DB = 'actionable-bench';
/** The same-run reference's database: the restore's rows written by IndexedDB alone. */
const BARE_DB = 'actionable-bench-bare';
/** To-dos per article in generated data: a typical listicle. */
const PER_ARTICLE = 10;
/** Article numbers for timed captures start here, clear of the generated background rows. */
const CAPTURE_ARTICLE_BASE = 1_000_000;
/** …and for the bare reference's captures, clear of both. */
const BARE_CAPTURE_ARTICLE_BASE = 2_000_000;

async function fresh(name: string): Promise<ActionableDB> {
  await ActionableDB.delete(name);
  const db = new ActionableDB(name);
  await db.open();
  return db;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

const api: DbBenchApi = {
  async bulkInsert(runs, count) {
    const restore: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < runs; i++) {
      const rows = fakeRows(Math.ceil(count / PER_ARTICLE), PER_ARTICLE, Date.now());
      const todos = rows.todos.slice(0, count);
      // The reference first, by turns with the restore (whose rows stay for search and capture):
      // the rows the restore stores, written by IndexedDB alone into the same schema.
      const raw = await freshBareDb(BARE_DB);
      const stored = { articles: rows.articles.map(clean), todos: todos.map(clean) };
      bare.push(await timed(() => bareWrite(raw, [{ store: 'todos', rows: stored.todos }, { store: 'articles', rows: stored.articles }])));
      raw.close();
      const db = await fresh(SCRATCH_DB);
      // The whole restore path from the file's text: parse and validate, then importBackup's merge
      // and writes in one transaction (search text rebuilt from the to-dos).
      const text = JSON.stringify(makeBackup(rows.articles, todos, {}), null, 1);
      restore.push(
        await timed(async () => {
          const outcome = await importBackupFile(db, text);
          if (!outcome.ok || outcome.todosAdded !== count) throw new Error(`bench restore failed: ${JSON.stringify(outcome)}`);
        }),
      );
      db.close();
    }
    await ActionableDB.delete(BARE_DB);
    return { restore, bare };
  },
  async search(runs, queries, limit) {
    const db = new ActionableDB(SCRATCH_DB);
    const results: { times: number[]; hits: number }[] = [];
    for (const query of queries) {
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < runs; i++) {
        times.push(await timed(async () => (hits = (await searchTodos(db, query, { limit })).length)));
      }
      results.push({ times, hits });
    }
    db.close();
    return results;
  },
  async capture(runs, items) {
    // A user with a long list captures one more page: the store already holds the bulk insert's
    // rows. By turns, the reference: the same requests for another new article by IndexedDB alone.
    const db = new ActionableDB(SCRATCH_DB);
    await db.open();
    const raw = db.backendDB();
    const capture: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = fakeCapture(CAPTURE_ARTICLE_BASE + i, items);
      capture.push(await timed(() => storeCapture(db, page)));
      const rows = captureRows(fakeCapture(BARE_CAPTURE_ARTICLE_BASE + i, items), Date.now());
      bare.push(await timed(() => bareCapture(raw, rows.article, rows.todos)));
    }
    db.close();
    return { capture, bare };
  },
  async seedReal(articles, perArticle) {
    const db = new ActionableDB(DB_NAME);
    const rows = fakeRows(articles, perArticle, Date.now());
    await db.transaction('rw', db.articles, db.todos, async () => {
      await db.todos.clear();
      await db.articles.clear();
      await db.articles.bulkAdd(rows.articles);
      await db.todos.bulkAdd(rows.todos);
    });
    const stored = await db.todos.count();
    db.close();
    return stored;
  },
  async listFirstPage(runs) {
    const db = new ActionableDB(DB_NAME);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await timed(() => listGroups(db, { filter: 'open' })));
    db.close();
    return times;
  },
  async dropScratch() {
    await ActionableDB.delete(SCRATCH_DB);
  },
};
(globalThis as Record<string, unknown>)[DB_BENCH_GLOBAL] = api;
