import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { main } from '../../entrypoints/background/main';
import { MENU_ADD_SELECTION, MENU_CAPTURE_PAGE } from '../../entrypoints/background/menus';
import { ActionableDB, type TodoRow } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { reminderName, SNOOZE_MS } from '../../lib/reminders';
import { makeCapture } from '../helpers/capture-factory';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let db: ActionableDB;
let fakes: ReturnType<typeof installFakePermissionsAndScripting>;
type Trigger = (...args: unknown[]) => Promise<unknown>;
const fire = (event: unknown, ...args: unknown[]) => (event as { trigger: Trigger }).trigger(...args);

beforeEach(() => {
  fakeBrowser.reset();
  fakes = installFakePermissionsAndScripting(['https://*/*']);
  db = new ActionableDB(`menus-${crypto.randomUUID()}`);
  main(db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function firstTodo(): Promise<TodoRow> {
  const [todo] = await db.todos.toArray();
  if (!todo) throw new Error('no to-do stored');
  return todo;
}

describe('context menu and shortcut', () => {
  it('creates its two menus on install, for web pages only, and again without duplicates', async () => {
    await fire(fakeBrowser.runtime.onInstalled, { reason: 'install' });
    await vi.waitFor(() => expect([...fakes.menus.keys()].sort()).toEqual([MENU_CAPTURE_PAGE, MENU_ADD_SELECTION].sort()));
    expect(fakes.menus.get(MENU_ADD_SELECTION)).toMatchObject({ contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
    await fire(fakeBrowser.runtime.onStartup);
    await vi.waitFor(() => expect(fakes.menus.size).toBe(2));
  });

  it('"Add selection as a to-do" stores the selected text with the page as its source', async () => {
    const tab = { id: 4, url: 'https://example.com/post', title: 'A post' };
    await fire(fakes.contextMenus.onClicked, { menuItemId: MENU_ADD_SELECTION, selectionText: '  Ask for   feedback\nweekly ' }, tab);
    await vi.waitFor(async () => expect(await db.todos.count()).toBe(1));
    const todo = await firstTodo();
    expect(todo).toMatchObject({ text: 'Ask for feedback weekly', quote: 'Ask for feedback weekly' });
    expect(await db.articles.get(todo.articleId)).toMatchObject({ title: 'A post', site: 'example.com', via: 'selection' });
  });

  it('a long selection becomes a short to-do with the whole text as its detail', async () => {
    const long = 'Keep a written record of every call. '.repeat(20).trim();
    await fire(fakes.contextMenus.onClicked, { menuItemId: MENU_ADD_SELECTION, selectionText: long }, { id: 4, url: 'https://example.com/p' });
    await vi.waitFor(async () => expect(await db.todos.count()).toBe(1));
    const todo = await firstTodo();
    expect(todo.text.length).toBeLessThanOrEqual(140);
    expect(todo.text.endsWith('…')).toBe(true);
    expect(todo.detail).toBe(long);
  });

  it('a selection on a page that is not on the web is refused', async () => {
    await fire(fakes.contextMenus.onClicked, { menuItemId: MENU_ADD_SELECTION, selectionText: 'x y' }, { id: 4, url: 'file:///etc/passwd' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.todos.count()).toBe(0);
  });

  it('"Capture this page" from the menu and from the shortcut inject the extractor into that tab', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.com/a' });
    const [tab] = await fakeBrowser.tabs.query({});
    await fire(fakes.contextMenus.onClicked, { menuItemId: MENU_CAPTURE_PAGE }, tab);
    await vi.waitFor(() => expect(fakes.executed.length).toBe(2));
    await fire(fakes.commands.onCommand, 'capture-page', tab);
    await vi.waitFor(() => expect(fakes.executed.length).toBe(4));
    expect(JSON.stringify(fakes.executed[1])).toContain('/content-scripts/extract.js');
  });
});

describe('reminders', () => {
  const NOW = Date.now();

  beforeEach(async () => {
    await storeCapture(db, makeCapture(['上司に報告する']));
    await db.todos.toCollection().modify({ dueAt: NOW + 3_600_000, quote: '上司に報告しましょう。' });
  });

  it('a due to-do raises a notification with its text and article, once', async () => {
    const todo = await firstTodo();
    await fire(fakeBrowser.alarms.onAlarm, { name: reminderName(todo.id), scheduledTime: NOW });
    await vi.waitFor(async () => expect((await db.todos.get(todo.id))?.remindedAt).toBeDefined());
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>;
    expect(shown[reminderName(todo.id)]).toMatchObject({ title: '上司に報告する', message: '電話を切られたときの対処法' });
  });

  it('a to-do checked off before its alarm raises nothing', async () => {
    const todo = await firstTodo();
    await db.todos.update(todo.id, { done: 1 });
    await fire(fakeBrowser.alarms.onAlarm, { name: reminderName(todo.id), scheduledTime: NOW });
    await new Promise((r) => setTimeout(r, 20));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('clicking the reminder opens the article at the quote', async () => {
    const todo = await firstTodo();
    await fire(fakeBrowser.notifications.onClicked, reminderName(todo.id));
    await vi.waitFor(async () => {
      const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '');
      expect(urls.filter((u) => /^https:\/\/example\.com\/advice\/1#:~:text=/.test(u))).toHaveLength(1);
    });
  });

  it('"Snooze 1 day" moves the due date a day on and re-arms the alarm', async () => {
    const todo = await firstTodo();
    await fire(fakeBrowser.notifications.onButtonClicked, reminderName(todo.id), 0);
    await vi.waitFor(async () => expect((await db.todos.get(todo.id))?.dueAt).toBeGreaterThanOrEqual(NOW + SNOOZE_MS));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(reminderName(todo.id))).toBeDefined());
  });

  it('the popup asks to re-arm after a due-date change, and every worker start re-arms', async () => {
    const { deliver } = await import('../helpers/deliver-message');
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await deliver({ name: 'syncReminders', data: {} }, popup)).toEqual({ armed: 1 });
    await fakeBrowser.alarms.clearAll();
    await fire(fakeBrowser.runtime.onStartup);
    const todo = await firstTodo();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(reminderName(todo.id))).toBeDefined());
  });
});
