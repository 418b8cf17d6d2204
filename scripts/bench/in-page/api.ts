/**
 * What the in-page bundles put on `globalThis` for the bench to call through page.evaluate().
 * Types only: Node and the page share them.
 */
export interface DbBenchApi {
  /**
   * A backup restore (importBackupFile: parse, validate, merge, write) of `count` to-dos and their
   * articles into an empty scratch database, `runs` times, each after the reference: the same rows
   * written by IndexedDB alone into an empty database of the same schema. The last restore's rows
   * stay: search and capture run over them.
   */
  bulkInsert(runs: number, count: number): Promise<{ restore: number[]; bare: number[] }>;
  /** searchTodos over the scratch database for each query, `runs` times each; times and hit count per query. */
  search(runs: number, queries: string[], limit: number): Promise<{ times: number[]; hits: number }[]>;
  /**
   * storeCapture of a new `items`-item article into the scratch database, `runs` times, each
   * followed by the reference: the same reads and writes for another new article by IndexedDB alone.
   */
  capture(runs: number, items: number): Promise<{ capture: number[]; bare: number[] }>;
  /** Replaces the extension's real database content with `articles` × `perArticle` to-dos. */
  seedReal(articles: number, perArticle: number): Promise<number>;
  /** The popup's first query (listGroups, open to-dos, first page) on the real database, `runs` times. */
  listFirstPage(runs: number): Promise<number[]>;
  /** Deletes the bench's scratch database. */
  dropScratch(): Promise<void>;
}

export interface AnalyzeBenchApi {
  /** analyzePage(document) `runs` times, as the content script calls it; the first run is cold. */
  analyze(runs: number): { times: number[]; isAdvice: boolean };
}

export const DB_BENCH_GLOBAL = '__actionableDbBench';
export const ANALYZE_BENCH_GLOBAL = '__actionableAnalyzeBench';
