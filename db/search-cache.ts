import { Dexie } from 'dexie';
import type { ActionableDB } from './database';

/**
 * Every live article's search lines (db/search-lines.ts), newest article first, kept in this
 * page between searches: typing a query runs one search per keystroke, and re-reading every
 * article row each time is what real IndexedDB makes slow (it charges per row). Any write to any
 * Dexie database, in this page or another context of the extension (Dexie relays its
 * `storagemutated` event over BroadcastChannel, the same signal liveQuery re-runs on), drops it.
 */
let generation = 0;
const kept = new WeakMap<ActionableDB, { generation: number; lines: readonly string[] }>();
Dexie.on('storagemutated', () => {
  generation += 1;
});

/** Call before reading: keepLines() stores only what no write has overtaken since. */
export function searchGeneration(): number {
  return generation;
}

/** The kept lines, or undefined when something has been written since they were read. */
export function keptLines(db: ActionableDB): readonly string[] | undefined {
  const entry = kept.get(db);
  return entry?.generation === generation ? entry.lines : undefined;
}

/** Keeps every live article's lines read at `since` (searchGeneration()), unless a write came after. */
export function keepLines(db: ActionableDB, lines: readonly string[], since: number): void {
  if (since === generation) kept.set(db, { generation, lines });
}
