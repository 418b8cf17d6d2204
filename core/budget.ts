import { CLOCK_CHECK_EVERY, MAX_NODES_VISITED } from './limits';

/** Counts visited nodes and watches the clock; `spent()` turns true once either cap is reached. */
export interface Budget {
  /** Call once per visited node; returns true when the walk must stop. */
  tick(): boolean;
  /** True once a cap was hit (then the result is marked `truncated`). */
  readonly exhausted: boolean;
  /** A walk met a page no analysis should read (nesting past MAX_DEPTH): stop as if out of budget. */
  giveUp(): void;
  elapsed(): number;
}

export function createBudget(now: () => number, budgetMs: number, maxNodes = MAX_NODES_VISITED): Budget {
  const start = now();
  let nodes = 0;
  let exhausted = false;
  return {
    tick() {
      if (exhausted) return true;
      nodes++;
      if (nodes > maxNodes) exhausted = true;
      else if (nodes % CLOCK_CHECK_EVERY === 0 && now() - start > budgetMs) exhausted = true;
      return exhausted;
    },
    get exhausted() {
      if (!exhausted && now() - start > budgetMs) exhausted = true;
      return exhausted;
    },
    giveUp() {
      exhausted = true;
    },
    elapsed: () => now() - start,
  };
}
