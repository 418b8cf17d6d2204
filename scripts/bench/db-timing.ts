import { bundleInPage } from './bundle';
import type { ExtensionBrowser } from './chromium';
import { DB_BENCH_GLOBAL, type DbBenchApi } from './in-page/api';
import { median } from './stats';

/** Timed storeCapture calls of a 50-item article (the first is dropped as warm-up). */
const CAPTURE_RUNS = 16;
const CAPTURE_ITEMS = 50;
/**
 * Bulk inserts of 10,000 to-dos take up to seconds each, so few (each with its reference); the
 * last one's rows stay for search and capture.
 */
const BULK_RUNS = 3;
const BULK_TODOS = 10_000;
/** Timed searches per query (the first is dropped as warm-up). */
const SEARCH_RUNS = 16;
/** A popup-sized page of results. */
const SEARCH_LIMIT = 50;
/**
 * Japanese queries: a common word (many hits, stops at the limit), a rarer phrase, and one that
 * matches nothing (reads every article: the worst case, which db.search_ms_10000 reports).
 */
const SEARCH_QUERIES = ['報告', '退職届を共有', '存在しない言葉'];

export interface DbTimings {
  engine: string;
  captureMs50: number;
  /** Same-run reference: the same reads and writes for a new article by IndexedDB alone. */
  bareCaptureMs50: number;
  bulkInsertMs10000: number;
  /** Same-run reference: the restore's rows written by IndexedDB alone, by turns with it. */
  bareInsertMs10000: number;
  /** The slowest query's median. */
  searchMs10000: number;
  searchByQuery: { query: string; ms: number; hits: number }[];
}

type Api = Record<string, DbBenchApi>;

/**
 * Times db/ on real IndexedDB in Chromium: bulk insert and searchTodos in an extension page
 * (where the popup searches), then storeCapture inside the service worker (where the background
 * stores captures) into the same 10,000 to-dos. Only a scratch database is written, never the user's.
 */
export async function timeDb(browser: ExtensionBrowser): Promise<DbTimings> {
  const code = await bundleInPage('db-entry');
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(code);
    const bulk = await page.evaluate(
      ([name, runs, count]) => (globalThis as unknown as Api)[name]!.bulkInsert(runs, count),
      [DB_BENCH_GLOBAL, BULK_RUNS, BULK_TODOS] as const,
    );
    const results = await page.evaluate(
      ([name, runs, queries, limit]) => (globalThis as unknown as Api)[name]!.search(runs, queries, limit),
      [DB_BENCH_GLOBAL, SEARCH_RUNS, SEARCH_QUERIES, SEARCH_LIMIT] as const,
    );
    const { worker } = browser;
    await worker.evaluate(code);
    const capture = await worker.evaluate(
      ([name, runs, items]) => (globalThis as unknown as Api)[name]!.capture(runs, items),
      [DB_BENCH_GLOBAL, CAPTURE_RUNS, CAPTURE_ITEMS] as const,
    );
    await page.evaluate((name) => (globalThis as unknown as Api)[name]!.dropScratch(), DB_BENCH_GLOBAL);
    const searchByQuery = SEARCH_QUERIES.map((query, i) => ({
      query,
      ms: median(results[i]!.times.slice(1)),
      hits: results[i]!.hits,
    }));
    return {
      engine: 'chromium-indexeddb',
      captureMs50: median(capture.capture.slice(1)),
      bareCaptureMs50: median(capture.bare.slice(1)),
      bulkInsertMs10000: median(bulk.restore),
      bareInsertMs10000: median(bulk.bare),
      searchMs10000: Math.max(...searchByQuery.map((q) => q.ms)),
      searchByQuery,
    };
  } finally {
    await page.close();
  }
}
