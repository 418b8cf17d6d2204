import { decodeStore, ITEM_PREFIX } from '../lib/sync/codec';
import { mergeArticle, pruneTombstones, TOMBSTONE_TTL_MS } from '../lib/sync/merge';
import { planItems } from '../lib/sync/plan';
import { SYNC_BUDGET, type SyncBudget } from '../lib/sync/quotas';
import { canonical, type SyncArticle } from '../lib/sync/record';
import { backoffMs, classifySyncError, WriteBudget, type SyncErrorKind } from '../lib/sync/write-budget';
import type { ActionableDB } from './database';
import { applyMerged } from './sync-apply';
import { readLocalRecords } from './sync-local';

/** The part of storage.sync (browser.storage.sync, or a test's fake) that sync uses. */
export interface SyncArea {
  get(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export type SyncProblem = SyncErrorKind | 'newer-format';

/** What one round did, and what options shows ("last synced", "N to-dos not synced because …"). */
export interface SyncReport {
  at: number;
  ok: boolean;
  /** Articles changed here by other browsers' edits. */
  applied: string[];
  /** Items written and removed in storage.sync. */
  written: number;
  removed: number;
  syncedTodos: number;
  /** Live to-dos (and their articles) left out because storage.sync is full. */
  unsyncedTodos: number;
  unsyncedArticles: number;
  bytes: number;
  problem?: SyncProblem;
  message?: string;
  /** When to try again after a problem (ms from now). */
  retryInMs?: number;
}

export interface SyncEngineOptions {
  now?: () => number;
  budget?: SyncBudget;
}

/**
 * One browser's sync: merge storage.sync into Dexie, then write back what storage.sync is
 * missing, within the budget. Each round reads both sides whole, so there is no outbox to lose:
 * whatever differs is merged and written, whichever page or worker changed it. Rounds never
 * overlap (the background runs them one at a time) and never block the UI: they run in the
 * background, and the Dexie transactions are short.
 */
export class SyncEngine {
  private readonly writes: WriteBudget;
  private readonly now: () => number;
  private failures = 0;
  /** After a quota error the plan aims lower (other browsers' accounting may differ a little). */
  private shrink = 1;
  /** What this engine last wrote per key (null: removed), to tell its own echoes from incoming changes. */
  private readonly written = new Map<string, string | null>();

  constructor(
    private readonly db: ActionableDB,
    private readonly area: SyncArea,
    private readonly options: SyncEngineOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.writes = new WriteBudget(options.budget ?? SYNC_BUDGET);
  }

  private budget(): SyncBudget {
    const base = this.options.budget ?? SYNC_BUDGET;
    return { ...base, bytes: Math.floor(base.bytes * this.shrink), items: Math.floor(base.items * this.shrink) };
  }

  async syncOnce(): Promise<SyncReport> {
    const now = this.now();
    const raw = await this.area.get();
    const remote = decodeStore(raw);
    const empty = { at: now, applied: [], written: 0, removed: 0, syncedTodos: 0, unsyncedTodos: 0, unsyncedArticles: 0, bytes: 0 };
    if (remote.newerFormat) return { ...empty, ok: false, problem: 'newer-format' };
    await this.db.syncTombstones.where('at').below(now - TOMBSTONE_TTL_MS).delete();
    const local = await readLocalRecords(this.db);
    const merged = new Map<string, SyncArticle>();
    for (const id of new Set([...local.keys(), ...remote.articles.keys()])) {
      const record = pruneTombstones(mergeArticle(local.get(id), remote.articles.get(id))!, now);
      if (record) merged.set(id, record);
    }
    const incoming = [...merged.values()].filter((m) => canonical(m) !== canonical(local.get(m.id)));
    const applied = await applyMerged(this.db, incoming, now);

    const plan = planItems(merged.values(), this.budget());
    const toSet: Record<string, unknown> = {};
    for (const [key, value] of plan.items) if (JSON.stringify(value) !== JSON.stringify(raw[key])) toSet[key] = value;
    const toRemove = Object.keys(raw).filter((key) => key.startsWith(ITEM_PREFIX) && !plan.items.has(key));
    const report: SyncReport = {
      ...empty,
      ok: true,
      applied,
      syncedTodos: plan.syncedTodos,
      unsyncedTodos: plan.unsyncedTodos,
      unsyncedArticles: plan.unsyncedArticles,
      bytes: plan.bytes,
    };
    const calls = (Object.keys(toSet).length ? 1 : 0) + (toRemove.length ? 1 : 0);
    if (!calls) return this.succeeded(report);
    const wait = this.writes.waitMs(now, calls);
    // Over our own write budget: not an error, just later (the browser would refuse it anyway).
    if (wait > 0) return { ...report, ok: false, problem: 'rate', retryInMs: wait };
    try {
      // Removals first: they make room for what is written next.
      if (toRemove.length) {
        this.writes.record(now);
        await this.area.remove(toRemove);
        for (const key of toRemove) this.written.set(key, null);
        report.removed = toRemove.length;
      }
      if (Object.keys(toSet).length) {
        this.writes.record(now);
        await this.area.set(toSet);
        for (const [key, value] of Object.entries(toSet)) this.written.set(key, JSON.stringify(value));
        report.written = Object.keys(toSet).length;
      }
    } catch (error) {
      return this.failed(report, error);
    }
    return this.succeeded(report);
  }

  /**
   * Is this storage.onChanged only the echo of this engine's own last writes? (The browser tells
   * the writer too.) Then there is nothing to merge, and no round is needed.
   */
  isOwnEcho(changes: Record<string, { newValue?: unknown }>): boolean {
    return Object.entries(changes).every(([key, change]) => {
      if (!key.startsWith(ITEM_PREFIX)) return true;
      const mine = this.written.get(key);
      return mine !== undefined && mine === (change.newValue === undefined ? null : JSON.stringify(change.newValue));
    });
  }

  private succeeded(report: SyncReport): SyncReport {
    this.failures = 0;
    return report;
  }

  private failed(report: SyncReport, error: unknown): SyncReport {
    const kind = classifySyncError(error);
    this.failures += 1;
    if (kind === 'quota') this.shrink = Math.max(0.5, this.shrink * 0.8);
    return { ...report, ok: false, problem: kind, message: String((error as Error)?.message ?? error), retryInMs: backoffMs(this.failures, kind) };
  }
}
