import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { main } from '../../entrypoints/background/main';
import { MENU_ADD_SELECTION, MENU_CAPTURE_PAGE } from '../../entrypoints/background/menus';
import { setLocale } from '../../lib/i18n/current-locale';
import { uiLanguage } from '../../lib/i18n/ui-language';
import { reminderName } from '../../lib/reminders';
import { makeCapture } from '../helpers/capture-factory';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let db: ActionableDB;
let fakes: ReturnType<typeof installFakePermissionsAndScripting>;
type Trigger = (...args: unknown[]) => Promise<unknown>;
const fire = (event: unknown, ...args: unknown[]) => (event as { trigger: Trigger }).trigger(...args);
const titles = () => [MENU_ADD_SELECTION, MENU_CAPTURE_PAGE].map((id) => fakes.menus.get(id)?.title);

beforeEach(async () => {
  fakeBrowser.reset();
  fakes = installFakePermissionsAndScripting(['https://*/*']);
  db = new ActionableDB(`bg-lang-${crypto.randomUUID()}`);
  await uiLanguage.setValue('ja'); // chosen before the worker starts
  main(db);
});
afterEach(async () => {
  await setLocale('en');
  await db.delete();
});

describe('the background speaks the chosen language', () => {
  it('creates its menus in Japanese, and re-creates them in English when the choice changes', async () => {
    await fire(fakeBrowser.runtime.onInstalled, { reason: 'install' });
    await vi.waitFor(() => expect(titles()).toEqual(['「%s」を ToDo に追加', 'このページを Actionable に取り込む']));
    await uiLanguage.setValue('en');
    await vi.waitFor(() => expect(titles()).toEqual(['Add “%s” as a to-do', 'Capture this page']));
  });

  it('a reminder for a to-do with no article title says so in Japanese', async () => {
    await storeCapture(db, makeCapture(['上司に報告する']));
    const [todo] = await db.todos.toArray();
    await db.articles.delete(todo!.articleId); // the article is gone: nothing to name
    await fire(fakeBrowser.alarms.onAlarm, { name: reminderName(todo!.id), scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await db.todos.get(todo!.id))?.remindedAt).toBeDefined());
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string; buttons?: { title: string }[] }>;
    expect(shown[reminderName(todo!.id)]).toMatchObject({ title: '上司に報告する', message: 'Actionable のリマインダー', buttons: [{ title: '1 日後に再通知' }] });
  });
});
