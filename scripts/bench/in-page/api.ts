/**
 * What the in-page bundles put on `globalThis` for the bench to call through page.evaluate().
 * Types only: Node and the page share them.
 */
export interface DbBenchApi {
  /** storeCapture of a new `items`-item article, `runs` times, into a database already holding `background` to-dos. */
  capture(runs: number, items: number, background: number): Promise<number[]>;
  /** One Dexie bulkAdd transaction of `count` to-dos (and their articles) into an empty database, `runs` times. */
  bulkInsert(runs: number, count: number): Promise<number[]>;
  /** searchTodos over `count` to-dos for each query, `runs` times each; times and hit count per query. */
  search(runs: number, count: number, queries: string[], limit: number): Promise<{ times: number[]; hits: number }[]>;
  /** Replaces the extension's real database content with `articles` × `perArticle` to-dos. */
  seedReal(articles: number, perArticle: number): Promise<number>;
  /** Deletes the bench's scratch database. */
  dropScratch(): Promise<void>;
}

export interface AnalyzeBenchApi {
  /** analyzePage(document) `runs` times, as the content script calls it; the first run is cold. */
  analyze(runs: number): { times: number[]; isAdvice: boolean };
}

export const DB_BENCH_GLOBAL = '__actionableDbBench';
export const ANALYZE_BENCH_GLOBAL = '__actionableAnalyzeBench';
