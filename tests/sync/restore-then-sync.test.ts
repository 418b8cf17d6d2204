import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importBackup } from '../../db/import-backup';
import { storeCapture } from '../../db/store-capture';
import { SYNC_DOORBELL_KEY } from '../../db/sync-doorbell';
import { markSyncMerge } from '../../db/sync-stamps';
import { setDue } from '../../db/todos';
import { exportFile } from '../../lib/data-files';
import { parseBackup } from '../../lib/backup/parse-backup';
import { makeCapture } from '../helpers/capture-factory';
import { replicasDeletedAfterEach, settle, userView, type Replica } from './replicas';

const SEED = ['記録を残す', '上司への報告', '社内規定の確認'];
const setup = replicasDeletedAfterEach();

async function backupOf(r: Replica) {
  const parsed = parseBackup((await exportFile(r.db, 'json')).text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
}

const rang = async () => (await fakeBrowser.storage.local.get(SYNC_DOORBELL_KEY))[SYNC_DOORBELL_KEY];
/** The doorbell is rung on the transaction's completion, through storage.local (async). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a restore and sync', { timeout: 30_000 }, () => {
  it('restored rows are local changes: the next round syncs them to another browser', async () => {
    const { clock, cloud, replicas } = setup(3);
    const [a, b, elsewhere] = replicas as [Replica, Replica, Replica];
    // Made in a browser that never syncs; B restores it, and B's restore alone must reach A.
    await storeCapture(elsewhere.db, makeCapture(SEED));
    const backup = await backupOf(elsewhere);
    elsewhere.area.online = false;
    fakeBrowser.reset();
    await importBackup(b.db, backup);
    await settled();
    expect(await rang()).toBeGreaterThan(0);
    await settle(replicas, cloud, clock);
    expect((await userView(a.db)).todos.map((t) => t.key).sort()).toEqual([...SEED].sort());
    expect(await userView(a.db)).toEqual(await userView(b.db));
  });

  it('a newer row restored over an older one is stamped as an edit made now: it wins the merge', async () => {
    const { clock, cloud, replicas } = setup(2);
    const [a, b] = replicas as [Replica, Replica];
    await storeCapture(a.db, makeCapture(SEED));
    await settle(replicas, cloud, clock);
    const target = (await b.db.todos.filter((t) => t.text === '上司への報告').first())!;
    await setDue(b.db, target.id, Date.UTC(2027, 0, 5), clock.t);
    const backup = await backupOf(b);
    // The backup's row is newer than A's (which has no due date): the restore applies it as an edit.
    const before = (await a.db.todos.where('[articleId+key]').equals([target.articleId, target.key]).first())!;
    expect(before.dueAt).toBeUndefined();
    await importBackup(a.db, backup);
    const after = (await a.db.todos.get(before.id))!;
    expect(after.dueAt).toBe(Date.UTC(2027, 0, 5));
    expect(after.syncClock?.u && after.syncClock.u > (before.syncClock?.u ?? '')).toBe(true);
    await settle(replicas, cloud, clock);
    expect(await userView(a.db)).toEqual(await userView(b.db));
  });

  it('creating a row rings the doorbell once committed; sync\'s own merges and unsynced fields do not', async () => {
    const { replicas } = setup(1);
    const [a] = replicas as [Replica];
    fakeBrowser.reset();
    await a.db.transaction('rw', a.db.todos, a.db.articles, async (tx) => {
      markSyncMerge(tx);
      await a.db.articles.add({ id: 'x', url: 'https://example.com/', title: 't', site: 'example.com', lang: 'en', career: 0, via: 'manual', reasons: [], capturedAt: 1, updatedAt: 1, analysisMs: 0 });
    });
    await settled();
    expect(await rang()).toBeUndefined();
    await a.db.todos.add({ id: 'y', articleId: 'x', text: 'Do it', position: 0, done: 0, createdAt: 1, updatedAt: 1, key: 'do it' });
    await settled();
    expect(await rang()).toBeGreaterThan(0);
    // A field sync does not carry (a reminder was shown) changes nothing for sync: no round.
    await fakeBrowser.storage.local.clear();
    await a.db.todos.update('y', { remindedAt: 5 });
    await settled();
    expect(await rang()).toBeUndefined();
    // A row created by a put (as a capture writes its article) rings like an add.
    await a.db.articles.put({ id: 'z', url: 'https://example.com/z', title: 'z', site: 'example.com', lang: 'en', career: 0, via: 'manual', reasons: [], capturedAt: 2, updatedAt: 2, analysisMs: 0 });
    await settled();
    expect(await rang()).toBeGreaterThan(0);
  });
});
