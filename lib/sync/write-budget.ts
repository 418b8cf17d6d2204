import { SYNC_BUDGET, type SyncBudget } from './quotas';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Counts this browser's storage.sync writes (one per set or remove call) so Actionable stays
 * under the per-minute and per-hour limits instead of running into them: `waitMs` says how long
 * until `count` more writes are allowed.
 */
export class WriteBudget {
  private times: number[] = [];

  constructor(private readonly budget: SyncBudget = SYNC_BUDGET) {}

  waitMs(now: number, count = 1): number {
    this.times = this.times.filter((t) => t > now - HOUR);
    const waitFor = (window: number, limit: number): number => {
      const inWindow = this.times.filter((t) => t > now - window);
      if (inWindow.length + count <= limit) return 0;
      // The oldest writes that must leave the window before `count` more fit.
      const mustLeave = inWindow[inWindow.length + count - limit - 1]!;
      return mustLeave + window - now + 1;
    };
    return Math.max(waitFor(MINUTE, this.budget.writesPerMinute), waitFor(HOUR, this.budget.writesPerHour));
  }

  record(now: number, count = 1): void {
    for (let i = 0; i < count; i++) this.times.push(now);
  }
}

/** Why a write failed, from the browser's error text (Chrome names the quota it hit). */
export type SyncErrorKind = 'quota' | 'rate' | 'other';

export function classifySyncError(error: unknown): SyncErrorKind {
  const text = String((error as { message?: unknown })?.message ?? error);
  if (/MAX_WRITE_OPERATIONS/i.test(text)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(text)) return 'quota';
  return 'other';
}

/** Retry delays after failures: 10 s doubling to 30 min; a rate error waits at least a minute. */
export function backoffMs(failures: number, kind: SyncErrorKind): number {
  const delay = Math.min(10_000 * 2 ** Math.max(0, failures - 1), 30 * MINUTE);
  return kind === 'rate' ? Math.max(delay, MINUTE) : delay;
}
