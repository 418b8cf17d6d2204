import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { main } from '../../entrypoints/background/main';
import { ActionableDB } from '../../db/database';
import { blockedSites } from '../../lib/settings';
import { contentScriptIn, deliver } from '../helpers/deliver-message';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let db: ActionableDB;

beforeEach(() => {
  fakeBrowser.reset();
  installFakePermissionsAndScripting();
  db = new ActionableDB(`actions-${crypto.randomUUID()}`);
  main(db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('the notice’s other buttons', () => {
  it('"Never on this site" blocks the sender’s own site, whatever the message claims', async () => {
    const answer = await deliver({ name: 'blockThisSite', data: { site: 'other.example' } }, contentScriptIn(3, 'https://www.News.example.com/a'));
    expect(answer).toEqual({ status: 'blocked', site: 'news.example.com' });
    expect(await blockedSites.getValue()).toEqual(['news.example.com']);
  });

  it('"View" opens the popup where the browser allows it', async () => {
    const openPopup = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.action, { openPopup });
    expect(await deliver({ name: 'showTodos', data: {} }, contentScriptIn(3, 'https://example.com/a'))).toEqual({ status: 'popup' });
    expect(openPopup).toHaveBeenCalled();
  });

  it('"View" falls back to the popup page in a tab (Firefox: no user action in the background)', async () => {
    Object.assign(fakeBrowser.action, { openPopup: vi.fn(async () => Promise.reject(new Error('not from a user action'))) });
    expect(await deliver({ name: 'showTodos', data: {} }, contentScriptIn(3, 'https://example.com/a'))).toEqual({ status: 'tab' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/popup.html'));
  });
});

describe('consent first', () => {
  it('a fresh install opens the welcome page; an update does not', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain(fakeBrowser.runtime.getURL('/welcome.html'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/welcome.html')),
    );
  });
});
