import { browser } from 'wxt/browser';
import type { ActionableDB } from '../../db/database';
import { SYNC_DOORBELL_KEY } from '../../db/sync-doorbell';
import { SyncEngine, type SyncArea, type SyncReport } from '../../db/sync-engine';
import { ITEM_PREFIX } from '../../lib/sync/codec';
import { syncEnabled, syncStatus, type SyncStatus } from '../../lib/sync/sync-settings';

/** Edits come in bursts (check, check, check): one round after they stop, not one per click. */
const LOCAL_DEBOUNCE_MS = 2_000;
/** Another browser's change: merge it soon, still batching a run of incoming items. */
const REMOTE_DELAY_MS = 500;
/** A safety net when the worker slept through a change: a round every quarter hour while on. */
const SYNC_ALARM = 'sync-tick';
const SYNC_PERIOD_MINUTES = 15;
/** A retry later than this is left to an alarm (the worker may be gone by then). */
const RETRY_ALARM = 'sync-retry';

/** storage.sync as the engine sees it; Chrome and Firefox both name their quota in the error. */
function browserArea(): SyncArea {
  const area = browser.storage.sync;
  return {
    get: () => area.get(null) as Promise<Record<string, unknown>>,
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}

function statusOf(report: SyncReport, previous: SyncStatus): SyncStatus {
  const counts = { syncedTodos: report.syncedTodos, unsyncedTodos: report.unsyncedTodos, unsyncedArticles: report.unsyncedArticles, bytes: report.bytes };
  if (report.ok) return { state: 'ok', lastSyncedAt: report.at, ...counts };
  const retryAt = report.retryInMs === undefined ? undefined : report.at + report.retryInMs;
  return {
    ...(report.problem === 'newer-format' ? previous : counts),
    state: report.problem === 'rate' ? 'waiting' : 'error',
    lastSyncedAt: previous.lastSyncedAt,
    problem: report.problem,
    ...(report.message ? { message: report.message } : {}),
    ...(retryAt ? { retryAt } : {}),
  };
}

/**
 * The background's side of sync: when to run a round. Rounds run one at a time, after local
 * edits settle (the db hooks ring a storage.local doorbell, which also wakes a sleeping worker),
 * soon after another browser's items arrive (storage.onChanged), on the quarter-hour alarm, and
 * after a refused write (backoff). Nothing here ever blocks a capture or the popup.
 */
export function startSync(database: ActionableDB, onApplied: () => void, area: SyncArea = browserArea()): { runNow: () => Promise<void> } {
  const engine = new SyncEngine(database, area);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      if (!(await syncEnabled.getValue())) return;
      const previous = await syncStatus.getValue();
      await syncStatus.setValue({ ...previous, state: 'syncing' });
      let report: SyncReport;
      try {
        report = await engine.syncOnce();
      } catch (error) {
        report = { at: Date.now(), ok: false, applied: [], written: 0, removed: 0, syncedTodos: previous.syncedTodos, unsyncedTodos: previous.unsyncedTodos, unsyncedArticles: previous.unsyncedArticles, bytes: previous.bytes, problem: 'other', message: String((error as Error)?.message ?? error), retryInMs: 60_000 };
      }
      // The user may have turned sync off while the round ran: say so, not "synced".
      if (!(await syncEnabled.getValue())) return;
      await syncStatus.setValue(statusOf(report, previous));
      if (report.applied.length) onApplied();
      if (report.retryInMs !== undefined) retryIn(report.retryInMs);
    })().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule(LOCAL_DEBOUNCE_MS);
      }
    });
    return running;
  };

  function schedule(delay: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch((e) => console.error('Actionable: sync failed', e)), delay);
  }

  function retryIn(ms: number): void {
    schedule(ms);
    // Chrome wakes a worker for an alarm no sooner than 30 s: the timer covers shorter waits.
    void browser.alarms.create(RETRY_ALARM, { when: Date.now() + Math.max(ms, 30_000) });
  }

  async function turnedOn(on: boolean): Promise<void> {
    if (on) {
      await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
      schedule(0);
    } else {
      clearTimeout(timer);
      await browser.alarms.clear(SYNC_ALARM);
      await browser.alarms.clear(RETRY_ALARM);
      // Local data stays as it is; storage.sync keeps the records for the other browsers.
      await syncStatus.setValue({ state: 'off', syncedTodos: 0, unsyncedTodos: 0, unsyncedArticles: 0, bytes: 0 });
    }
  }

  browser.storage.onChanged.addListener((changes, areaName) => {
    const keys = Object.keys(changes);
    if (areaName === 'sync' && keys.some((k) => k.startsWith(ITEM_PREFIX)) && !engine.isOwnEcho(changes)) schedule(REMOTE_DELAY_MS);
    if (areaName === 'local' && keys.includes(SYNC_DOORBELL_KEY)) schedule(LOCAL_DEBOUNCE_MS);
  });
  syncEnabled.watch((on) => void turnedOn(on).catch((e) => console.error('Actionable: sync setting', e)));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) void run();
  });
  // The worker just started (install, browser start, or woken for an event): catch up.
  schedule(LOCAL_DEBOUNCE_MS);
  return { runNow: run };
}
