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
 * A class, not an object of closures: `tick()` runs once per node of every walk, so it is one
 * monomorphic method on plain fields, and making a budget (one per analysis, on every page the
 * content script sees) allocates one function instead of seven.
 */
class WorkBudget implements Budget {
  private readonly start: number;
  private sliceStart: number;
  private pausedAt: number | null = null;
  private paused = 0;
  private nodes = 0;
  private done = false;

  constructor(
    private readonly now: () => number,
    private readonly budgetMs: number,
    private readonly maxNodes: number,
    private readonly sliceMs: number,
  ) {
    this.start = now();
    this.sliceStart = this.start;
  }

  private overTime(): boolean {
    if (this.pausedAt !== null) return false;
    const t = this.now();
    return t - this.start - this.paused > this.budgetMs || t - this.sliceStart > this.sliceMs;
  }

  tick(): boolean {
    if (this.done) return true;
    const nodes = ++this.nodes;
    if (nodes > this.maxNodes) this.done = true;
    else if (nodes % CLOCK_CHECK_EVERY === 0 && this.overTime()) this.done = true;
    return this.done;
  }

  get exhausted(): boolean {
    if (!this.done && this.overTime()) this.done = true;
    return this.done;
  }

  giveUp(): void {
    this.done = true;
  }

  /** Own property, not a method: callers pass `budget.elapsed` around as a clock. */
  readonly elapsed = (): number => (this.pausedAt ?? this.now()) - this.start - this.paused;

  pause(): void {
    if (this.pausedAt === null) this.pausedAt = this.now();
  }

  resume(): void {
    if (this.pausedAt === null) return;
    const t = this.now();
    this.paused += t - this.pausedAt;
    this.pausedAt = null;
    this.sliceStart = t;
  }
}

/**
 * `budgetMs` bounds the whole analysis' working time, `sliceMs` each stretch between two pauses
 * (one task on the page's thread): a walk that would run past either stops, marked exhausted.
 */
export function createBudget(now: () => number, budgetMs: number, maxNodes = MAX_NODES_VISITED, sliceMs = Infinity): Budget {
  return new WorkBudget(now, budgetMs, maxNodes, sliceMs);
}
