import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from '../helpers/extension-firefox';
import { readRows, type Rows } from '../helpers/extension-rows';
import { FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, missing, poll, SEED_EXPECTED, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';
import { expectSeedCaptured, NOTE, NOTE_TEXT, NOTE_TITLE, selectedTodoIn, selectPick } from './menu-scenarios';
import { readPopupTodos } from './popup-todos';

const skip = missing(FIREFOX, FIREFOX_BUILD);
if (skip) console.warn(`Firefox context-menu e2e skipped: ${skip}`);

const BASE = `moz-extension://${FIREFOX_UUID}`;

/**
 * Automation cannot click a native context menu, and Firefox's extension events have no
 * dispatch(): the e2e build alone puts the background's menu click handler (the one its
 * contextMenus.onClicked listener calls, entrypoints/background/menus.ts onMenuClicked) on the
 * background page's global, reached here through runtime.getBackgroundPage() with the real tab.
 */
async function clickMenu(page: Page, pageUrl: string, info: { menuItemId: string; selectionText?: string }): Promise<void> {
  await page.evaluate(
    async (pageUrl, info) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
      if (!tab) throw new Error(`no tab at ${pageUrl}`);
      const background = (await chrome.runtime.getBackgroundPage()) as unknown as { actionableMenuClick?: (info: unknown, tab: unknown) => Promise<void> } | null;
      if (!background?.actionableMenuClick) throw new Error('the e2e build has no menu click handler on its background page');
      await background.actionableMenuClick({ ...info, pageUrl, editable: false }, tab);
    },
    pageUrl,
    info,
  );
}

describe.skipIf(skip !== null)('Firefox: the right-click menu', () => {
  let server: PageServer;
  let browser: Browser;
  let watcher: Page;

  /** Firefox loads moz-extension pages but the goto promise may never settle: poll instead. */
  async function open(path: string, ready: string): Promise<Page> {
    const page = await browser.newPage();
    void page.goto(`${BASE}/${path}`).catch(() => undefined);
    await poll(() => page.evaluate((s) => (document.querySelector(s) ? true : undefined), ready).catch(() => undefined), path);
    return page;
  }

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE }, '/note.html': { html: NOTE } });
    browser = await launchFirefoxWithExtension();
    watcher = await open('options.html', 'main.options[aria-busy=false]');
    // Auto-capture paused: only the menu can store what follows (the pause unregisters the script).
    await watcher.evaluate((until) => chrome.storage.local.set({ pausedUntil: until }), Date.now() + 24 * 3600_000);
    await poll(
      () => watcher.evaluate(async () => ((await chrome.scripting.getRegisteredContentScripts()).length === 0 ? true : undefined)),
      'auto-capture to be paused',
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const rows = (): Promise<Rows> => watcher.evaluate(readRows);

  async function popupNames(): Promise<string[]> {
    const popup = await open('popup.html', 'main.popup[aria-busy=false]');
    const names = (await popup.evaluate(readPopupTodos)).map((t) => t.name);
    await popup.close();
    return names;
  }

  it('"Add selection as a to-do" stores the selected text with the page as its source, and the popup lists it', async () => {
    const page = await browser.newPage();
    const url = `${server.origin}/note.html`;
    await page.goto(url);
    const selected = await page.evaluate(selectPick);
    expect(selected).toBe(NOTE_TEXT);
    expect((await rows()).todos.some((t) => t.text === NOTE_TEXT)).toBe(false);

    await clickMenu(watcher, url, { menuItemId: 'add-selection', selectionText: selected });
    const stored = await poll(async () => selectedTodoIn(await rows()), 'the selected to-do', 30_000);
    expect(stored.article).toMatchObject({ title: NOTE_TITLE, via: 'selection' });
    expect(stored.article?.pageUrl ?? stored.article?.url).toBe(url);
    expect(await poll(async () => ((await popupNames()).includes(NOTE_TEXT) ? true : undefined), 'the popup to list it')).toBe(true);
    await page.close();
  });

  it('"Capture this page" captures the page\'s to-dos', async () => {
    const page = await browser.newPage();
    const url = `${server.origin}/seed.html`;
    await page.goto(url);
    expect((await rows()).todos.filter((t) => SEED_EXPECTED.includes(t.text))).toEqual([]);

    await clickMenu(watcher, url, { menuItemId: 'capture-page' });
    await expectSeedCaptured({ rows, popupNames }, url);
    await page.close();
  });
});
