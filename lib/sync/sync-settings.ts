import { storage } from 'wxt/utils/storage';
import type { SyncProblem } from '../../db/sync-engine';

/**
 * "Sync across my browsers": off unless the user turns it on, per browser (storage.local, not
 * synced itself: each browser opts in). Turning it off stops syncing and keeps every local row.
 */
export const syncEnabled = storage.defineItem<boolean>('local:syncEnabled', { fallback: false, version: 1 });

/** What options shows: the last round's outcome, written by the background after each round. */
export interface SyncStatus {
  state: 'off' | 'syncing' | 'ok' | 'waiting' | 'error';
  /** The last round that finished with storage.sync holding everything it should. */
  lastSyncedAt?: number;
  syncedTodos: number;
  /** Live to-dos left out because storage.sync is full (whole articles, lowest priority first). */
  unsyncedTodos: number;
  unsyncedArticles: number;
  /** Bytes of storage.sync that Actionable's records take. */
  bytes: number;
  problem?: SyncProblem;
  message?: string;
  /** When the background tries again after a problem. */
  retryAt?: number;
}

export const OFF_STATUS: SyncStatus = { state: 'off', syncedTodos: 0, unsyncedTodos: 0, unsyncedArticles: 0, bytes: 0 };

export const syncStatus = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: OFF_STATUS, version: 1 });
