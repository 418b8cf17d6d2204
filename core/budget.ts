import { CLOCK_CHECK_EVERY, MAX_NODES_VISITED } from './limits';

/** Counts visited nodes and watches the clock; `spent()` turns true once either cap is reached. */
export interface Budget {
  /** Call once per visited node; returns true when the walk must stop. */
  tick(): boolean;
  /** True once a cap was hit (then the result is marked `truncated`). */
  readonly exhausted: boolean;
  /** A walk met a page no analysis should read (nesting past MAX_DEPTH): stop as if out of budget. */
  giveUp(): void;
  /** Time spent working (ms): the pauses between slices do not count. */
  elapsed(): number;
  /**
   * The caller hands the thread back (to the page) between two steps: the clock stops until
   * `resume()`, and the next slice gets its own `sliceMs` again.
   */
  pause(): void;
  resume(): void;
}

/**
 * `budgetMs` bounds the whole analysis' working time, `sliceMs` each stretch between two pauses
 * (one task on the page's thread): a walk that would run past either stops, marked exhausted.
 */
export function createBudget(now: () => number, budgetMs: number, maxNodes = MAX_NODES_VISITED, sliceMs = Infinity): Budget {
  const start = now();
  let sliceStart = start;
  let pausedAt: number | null = null;
  let paused = 0;
  let nodes = 0;
  let exhausted = false;
  const elapsed = (): number => (pausedAt ?? now()) - start - paused;
  const overTime = (): boolean => {
    if (pausedAt !== null) return false;
    const t = now();
    return t - start - paused > budgetMs || t - sliceStart > sliceMs;
  };
  return {
    tick() {
      if (exhausted) return true;
      nodes++;
      if (nodes > maxNodes) exhausted = true;
      else if (nodes % CLOCK_CHECK_EVERY === 0 && overTime()) exhausted = true;
      return exhausted;
    },
    get exhausted() {
      if (!exhausted && overTime()) exhausted = true;
      return exhausted;
    },
    giveUp() {
      exhausted = true;
    },
    elapsed,
    pause() {
      if (pausedAt === null) pausedAt = now();
    },
    resume() {
      if (pausedAt === null) return;
      const t = now();
      paused += t - pausedAt;
      pausedAt = null;
      sliceStart = t;
    },
  };
}
