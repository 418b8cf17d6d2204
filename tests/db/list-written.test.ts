import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { listWrittenMiddleware } from '../../db/list-written';
import { storeCapture } from '../../db/store-capture';
import { firstFrameChanged } from '../../lib/first-frame/changed';
import { makeCapture } from '../helpers/capture-factory';

/** A database with the list's two stores and one other, watched by the middleware. */
function watchedDb(written: () => void) {
  const db = new Dexie(`list-written-${crypto.randomUUID()}`) as Dexie & {
    todos: Dexie.Table<{ id: string; text: string }, string>;
    articles: Dexie.Table<{ id: string }, string>;
    other: Dexie.Table<{ id: string }, string>;
  };
  db.version(1).stores({ todos: 'id', articles: 'id', other: 'id' });
  db.use(listWrittenMiddleware(written));
  return db;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('listWrittenMiddleware', () => {
  it('calls back once per committed transaction that wrote to-dos or articles', async () => {
    const written = vi.fn();
    const db = watchedDb(written);
    await db.todos.add({ id: 'a', text: 'x' });
    await settle();
    expect(written).toHaveBeenCalledTimes(1);
    await db.transaction('rw', db.todos, db.articles, async () => {
      await db.todos.bulkPut([{ id: 'b', text: 'y' }, { id: 'c', text: 'z' }]);
      await db.todos.update('a', { text: 'changed' });
      await db.articles.put({ id: 'p' });
    });
    await settle();
    expect(written).toHaveBeenCalledTimes(2);
    await db.todos.delete('b');
    await db.articles.clear();
    await settle();
    expect(written).toHaveBeenCalledTimes(4);
    await db.delete();
  });

  it('is not called for reads, other stores, or a transaction that aborted', async () => {
    const written = vi.fn();
    const db = watchedDb(written);
    await db.todos.toArray();
    await db.other.put({ id: 'o' });
    await expect(
      db.transaction('rw', db.todos, async () => {
        await db.todos.add({ id: 'a', text: 'x' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await settle();
    expect(written).not.toHaveBeenCalled();
    expect(await db.todos.count()).toBe(0);
    await db.delete();
  });
});

describe('firstFrameChanged, wired into the database', () => {
  let db: ActionableDB;
  let setPopup: ReturnType<typeof vi.fn<(details: { popup: string | null }) => Promise<void>>>;
  beforeEach(() => {
    fakeBrowser.reset();
    setPopup = vi.fn(async (_details: { popup: string | null }) => undefined);
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(setPopup);
    db = new ActionableDB(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('a committed capture gives the toolbar popup a new stamp', async () => {
    await storeCapture(db, makeCapture(['記録を残す', '上司に報告する']), 1000);
    await settle();
    expect(setPopup).toHaveBeenCalledTimes(1);
    const first = setPopup.mock.calls[0]![0].popup as string;
    expect(first).toMatch(/^popup\.html\?s=[a-z0-9]+$/);
    await db.todos.toCollection().modify({ done: 1 });
    await settle();
    expect(setPopup).toHaveBeenCalledTimes(2);
    expect(setPopup.mock.calls[1]![0].popup).not.toBe(first);
  });

  it('several changes in one task give one new stamp; without localStorage it still works', async () => {
    vi.stubGlobal('localStorage', undefined);
    try {
      firstFrameChanged();
      firstFrameChanged();
      firstFrameChanged();
      await settle();
      expect(setPopup).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a browser without a toolbar action (or one that refuses) changes nothing else', async () => {
    setPopup.mockImplementation(() => {
      throw new Error('not here');
    });
    expect(() => firstFrameChanged()).not.toThrow();
    await settle();
    await storeCapture(db, makeCapture(['記録を残す']), 1000);
    expect(await db.todos.count()).toBe(1);
  });
});
