import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { importBackup } from '../../db/import-backup';
import { addOwnTodo } from '../../db/own-todos';
import { searchTodos } from '../../db/search-todos';
import { storeCapture } from '../../db/store-capture';
import { setDone } from '../../db/todos';
import { deleteArticle, deleteTodo } from '../../db/trash';
import { applyBackupSettings } from '../../lib/backup-settings';
import { exportFile, importBackupFile } from '../../lib/data-files';
import { parseBackup } from '../../lib/backup/parse-backup';
import { captureScope, chosenSites, pausedUntil } from '../../lib/settings';
import { themePreference } from '../../lib/theme';
import { makeCapture } from '../helpers/capture-factory';

let db: ActionableDB;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new ActionableDB(`test-${crypto.randomUUID()}`);
  await storeCapture(db, makeCapture(['記録を残す', '上司への報告', '社内規定の確認']), 1000);
  await storeCapture(db, makeCapture(['Update your resume', 'Ask for feedback'], { canonicalUrl: 'https://example.com/en', url: 'https://example.com/en' }), 1100);
  await addOwnTodo(db, 'Call Sato-san', undefined, 1200);
  const first = (await db.todos.toArray())[0]!;
  await setDone(db, first.id, true, 1300);
  await deleteTodo(db, (await db.todos.filter((t) => t.text === '社内規定の確認').first())!.id, 1400);
});
afterEach(async () => {
  await db.delete();
});

const rows = async (database: ActionableDB) => ({
  articles: await database.articles.orderBy('id').toArray(),
  todos: await database.todos.orderBy('id').toArray(),
});
const backupOf = async (database: ActionableDB) => {
  const parsed = parseBackup((await exportFile(database, 'json', 5000)).text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
};

describe('importBackup', () => {
  it('export → wipe → import gives back identical rows, search text included', async () => {
    const before = await rows(db);
    const backup = await backupOf(db);
    await db.delete();
    db = new ActionableDB(`test-${crypto.randomUUID()}`);
    const result = await importBackup(db, backup);
    expect(result).toEqual({ articlesAdded: 3, todosAdded: 6, todosUpdated: 0 });
    expect(await rows(db)).toEqual(before);
    expect((await searchTodos(db, '報告')).map((t) => t.text)).toEqual(['上司への報告']);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const backup = await backupOf(db);
    const before = await rows(db);
    expect(await importBackup(db, backup)).toEqual({ articlesAdded: 0, todosAdded: 0, todosUpdated: 0 });
    expect(await importBackup(db, backup)).toEqual({ articlesAdded: 0, todosAdded: 0, todosUpdated: 0 });
    expect(await rows(db)).toEqual(before);
  });

  it('keeps the newer row either way, and never resurrects what was deleted here later', async () => {
    const backup = await backupOf(db);
    const resume = (await db.todos.filter((t) => t.text === 'Update your resume').first())!;
    const feedback = (await db.todos.filter((t) => t.text === 'Ask for feedback').first())!;
    // Newer here: checked off after the backup was made.
    await setDone(db, resume.id, true, 9000);
    // Deleted here after the backup (as part of its article: only deletedAt is stamped on the to-dos).
    await deleteArticle(db, feedback.articleId, 9500);
    // Newer in the file: an edit made elsewhere after this machine's last change.
    const call = backup.todos.find((t) => t.text === 'Call Sato-san')!;
    call.done = 1;
    call.updatedAt = 20_000;
    expect(await importBackup(db, backup)).toEqual({ articlesAdded: 0, todosAdded: 0, todosUpdated: 1 });
    expect((await db.todos.get(resume.id))?.done).toBe(1);
    expect((await db.todos.get(feedback.id))?.deletedAt).toBe(9500);
    expect((await db.articles.get(feedback.articleId))?.deletedAt).toBe(9500);
    expect((await db.todos.get(call.id))?.done).toBe(1);
  });

  it('a to-do new to this machine, of an article trashed here since, goes to the trash with it', async () => {
    const backup = await backupOf(db);
    const resume = backup.todos.find((t) => t.text === 'Update your resume')!;
    await deleteArticle(db, resume.articleId, 9500);
    backup.todos.push({ ...resume, id: 'new-elsewhere', key: 'brand new', text: 'Brand new', updatedAt: 5000 });
    expect(await importBackup(db, backup)).toMatchObject({ todosAdded: 1 });
    expect((await db.todos.get('new-elsewhere'))?.deletedAt).toBe(9500);
    expect(await searchTodos(db, 'brand')).toEqual([]);
  });

  it('the backup carries the list whole (trash included) and the settings by name', async () => {
    await themePreference.setValue('dark');
    const backup = await backupOf(db);
    expect(backup.todos).toHaveLength(6);
    expect(backup.settings).toMatchObject({ theme: 'dark', uiLanguage: 'auto', captureScope: 'career' });
    expect(backup.settings).not.toHaveProperty('pausedUntil');
  });

  it('matches a to-do captured on another machine by its article and text, not by id', async () => {
    const backup = await backupOf(db);
    const twin = backup.todos.find((t) => t.text === '上司への報告')!;
    twin.id = 'other-machine-id';
    twin.updatedAt = 30_000;
    twin.dueAt = 40_000;
    expect(await importBackup(db, backup)).toEqual({ articlesAdded: 0, todosAdded: 0, todosUpdated: 1 });
    expect(await db.todos.get('other-machine-id')).toBeUndefined();
    expect((await db.todos.filter((t) => t.text === '上司への報告').toArray()).map((t) => t.dueAt)).toEqual([40_000]);
  });

  it('a newer row from the file replaces the local one whole: a due date it lacks is cleared here', async () => {
    const backup = await backupOf(db);
    const call = (await db.todos.filter((t) => t.text === 'Call Sato-san').first())!;
    await db.todos.update(call.id, { dueAt: 7000, updatedAt: 7000 });
    const inFile = backup.todos.find((t) => t.id === call.id)!;
    expect(inFile).not.toHaveProperty('dueAt');
    inFile.updatedAt = 8000;
    expect(await importBackup(db, backup)).toEqual({ articlesAdded: 0, todosAdded: 0, todosUpdated: 1 });
    expect((await db.todos.get(call.id))?.dueAt).toBeUndefined();
  });

  it('restored rows carry no field set to undefined, as the rows Actionable writes', async () => {
    const backup = await backupOf(db);
    const fresh = new ActionableDB(`test-${crypto.randomUUID()}`);
    await importBackup(fresh, backup);
    const restored = await rows(fresh);
    expect(restored.todos).toHaveLength(6);
    for (const row of [...restored.articles, ...restored.todos]) {
      expect(Object.entries(row).filter(([, v]) => v === undefined).map(([k]) => k)).toEqual([]);
    }
    await fresh.delete();
  });

  it('a write that fails midway leaves the database untouched', async () => {
    const backup = await backupOf(db);
    const fresh = new ActionableDB(`test-${crypto.randomUUID()}`);
    await fresh.open();
    // The to-dos are written first; the articles' write fails after them.
    const todosWritten = vi.spyOn(fresh.todos, 'bulkAdd');
    vi.spyOn(fresh.articles, 'bulkAdd').mockImplementation(() => Promise.reject(new Error('disk full')) as never);
    await expect(importBackup(fresh, backup)).rejects.toThrow('disk full');
    expect(todosWritten).toHaveBeenCalledTimes(1);
    expect(await rows(fresh)).toEqual({ articles: [], todos: [] });
    await fresh.delete();
  });
});

describe('settings in a backup', () => {
  it('applies known settings with valid values only; the pause and unknown names are ignored', async () => {
    const applied = await applyBackupSettings({
      captureScope: 'all',
      theme: 'dark',
      chosenSites: ['example.com', '*://evil/*'],
      pausedUntil: 123,
      somethingElse: true,
    });
    expect(applied).toEqual(['captureScope', 'theme']);
    expect(await captureScope.getValue()).toBe('all');
    expect(await themePreference.getValue()).toBe('dark');
    expect(await chosenSites.getValue()).toEqual([]);
    expect(await pausedUntil.getValue()).toBe(0);
  });

  it('a bad file writes nothing and says why; a good one reports what it added', async () => {
    const before = await rows(db);
    expect(await importBackupFile(db, '{"format":"actionable-backup"')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(await rows(db)).toEqual(before);
    const other = new ActionableDB(`test-${crypto.randomUUID()}`);
    await captureScope.setValue('all');
    const outcome = await importBackupFile(other, (await exportFile(db, 'json')).text);
    expect(outcome).toEqual({ ok: true, articlesAdded: 3, todosAdded: 6, todosUpdated: 0 });
    expect(await captureScope.getValue()).toBe('all');
    await other.delete();
  });
});
