import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { setDone } from '../../db/todos';
import { startSync } from '../../entrypoints/background/sync';
import { syncEnabled, syncStatus } from '../../lib/sync/sync-settings';
import { makeCapture } from '../helpers/capture-factory';
import { makeReplicas, syncRound } from './replicas';

/** The background's scheduling against WXT's fake browser: its storage.sync, storage.local and alarms. */
describe('sync in the background', () => {
  let db: ActionableDB;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new ActionableDB(`bg-sync-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('does nothing while off; once on, local edits reach storage.sync and another browser\'s items come in', async () => {
    const onApplied = vi.fn();
    startSync(db, onApplied);
    await storeCapture(db, makeCapture(['記録を残す', '上司への報告']));
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect((await syncStatus.getValue()).state).toBe('off');

    await syncEnabled.setValue(true);
    await expect.poll(async () => (await syncStatus.getValue()).state, { timeout: 5_000 }).toBe('ok');
    expect(await syncStatus.getValue()).toMatchObject({ syncedTodos: 2, unsyncedTodos: 0 });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toHaveLength(1);
    expect(await fakeBrowser.alarms.get('sync-tick')).toBeDefined();

    // A check in this browser (the hooks ring the doorbell) reaches storage.sync.
    const todo = (await db.todos.toArray())[0]!;
    await setDone(db, todo.id, true);
    await expect
      .poll(async () => JSON.stringify(await fakeBrowser.storage.sync.get(null)).includes('"d":'), { timeout: 6_000 })
      .toBe(true);

    // Another browser's record arrives through storage.sync: merged into Dexie.
    const other = makeReplicas(1);
    const [b] = other.replicas;
    await storeCapture(b!.db, makeCapture(['Ask for feedback'], { url: 'https://example.org/x', canonicalUrl: '' }));
    await syncRound(b!);
    await fakeBrowser.storage.sync.set(await b!.area.get());
    await expect.poll(() => db.todos.count(), { timeout: 5_000 }).toBe(3);
    expect(onApplied).toHaveBeenCalled();
    await b!.db.delete();

    // Off: local rows stay, nothing more comes in.
    await syncEnabled.setValue(false);
    await expect.poll(async () => (await syncStatus.getValue()).state).toBe('off');
    await fakeBrowser.storage.sync.clear();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await db.todos.count()).toBe(3);
    expect(await fakeBrowser.alarms.get('sync-tick')).toBeUndefined();
  }, 30_000);
});
