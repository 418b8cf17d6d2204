import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { handleCapture } from '../../entrypoints/background/handle-capture';
import { makeCapture as makeAnyCapture } from '../helpers/capture-factory';

const sender: Browser.runtime.MessageSender & { url: string } = { id: fakeBrowser.runtime.id, url: 'https://example.com/advice/2', tab: { id: 4 } as Browser.tabs.Tab };
let db: ActionableDB;
/** Manual captures: the auto-capture permission gate is tested elsewhere; here only storage matters. */
const makeCapture: typeof makeAnyCapture = (texts, overrides = {}) => makeAnyCapture(texts, { via: 'manual', ...overrides });

beforeEach(() => {
  fakeBrowser.reset();
  db = new ActionableDB(`quota-${crypto.randomUUID()}`);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** What IndexedDB throws when the disk or the origin's quota is full. */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a full disk while storing a capture', () => {
  it('tells the user plainly, keeps every earlier row, and leaves no half-stored article', async () => {
    const first = await handleCapture(db, makeCapture(['記録を残す', '上司に報告する']), sender);
    expect(first).toMatchObject({ status: 'added', added: 2 });
    await db.todos.toCollection().modify({ done: 1 });
    const before = { articles: await db.articles.toArray(), todos: await db.todos.toArray() };

    vi.spyOn(db.todos, 'bulkAdd').mockImplementation(() => Dexie.Promise.reject(quotaError()));
    const other = makeCapture(['社内規定を確認する'], { url: 'https://other.example/b', canonicalUrl: 'https://other.example/b' });
    const outcome = await handleCapture(db, other, { ...sender, url: other.url });

    expect(outcome.status).toBe('error');
    expect(outcome.status === 'error' && outcome.message).toMatch(/disk is full/i);
    expect(outcome.status === 'error' && outcome.message).toMatch(/saved before is safe/i);
    // The article row was written in the same transaction before bulkAdd failed: it must be gone too.
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.todos.toArray()).toEqual(before.todos);
  });

  it('a re-capture that hits the quota keeps the article exactly as it was (done states, edits)', async () => {
    await handleCapture(db, makeCapture(['記録を残す']), sender);
    await db.todos.toCollection().modify({ done: 1, text: '記録を残す（自分の言葉で）' });
    const before = { articles: await db.articles.toArray(), todos: await db.todos.toArray() };

    vi.spyOn(db.todos, 'bulkAdd').mockImplementation(() => Dexie.Promise.reject(quotaError()));
    const outcome = await handleCapture(db, makeCapture(['記録を残す', '新しい項目を試す']), sender);
    expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/disk is full/i) });
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.todos.toArray()).toEqual(before.todos);
  });

  it('once space is back, the same capture stores normally', async () => {
    const spy = vi.spyOn(db.todos, 'bulkAdd').mockImplementationOnce(() => Dexie.Promise.reject(quotaError()));
    expect(await handleCapture(db, makeCapture(['記録を残す']), sender)).toMatchObject({ status: 'error' });
    spy.mockRestore();
    expect(await handleCapture(db, makeCapture(['記録を残す']), sender)).toMatchObject({ status: 'added', added: 1, total: 1 });
  });

  it('any other write failure also keeps what was stored, with a message that does not blame the disk', async () => {
    await handleCapture(db, makeCapture(['記録を残す']), sender);
    vi.spyOn(db.todos, 'bulkAdd').mockImplementation(() => Dexie.Promise.reject(new DOMException('gone', 'UnknownError')));
    const outcome = await handleCapture(db, makeCapture(['新しい項目を試す'], { canonicalUrl: 'https://example.com/c' }), sender);
    expect(outcome).toMatchObject({ status: 'error', message: expect.not.stringMatching(/disk/i) });
    expect(await db.todos.count()).toBe(1);
    expect(await db.articles.count()).toBe(1);
  });
});
