import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { readRows, type Rows } from '../helpers/extension-rows';
import { CHROME_BUILD, CHROMIUM, missing, poll, SEED_EXPECTED, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';
import { expectSeedCaptured, NOTE, NOTE_TEXT, NOTE_TITLE, selectedTodoIn, selectPick } from './menu-scenarios';
import { readPopupTodos } from './popup-todos';

const skip = missing(CHROMIUM, CHROME_BUILD);
if (skip) console.warn(`Chromium context-menu e2e skipped: ${skip}`);


/**
 * Automation cannot click a native context menu, so the test fires the menu's real click event
 * inside the service worker (chrome.contextMenus.onClicked.dispatch): the background's own
 * listener (entrypoints/background/menus.ts onMenuClicked) runs with the real tab, as a click would.
 */
async function clickMenu(browser: ExtensionBrowser, pageUrl: string, info: { menuItemId: string; selectionText?: string }): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(
    async ({ pageUrl, info }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
      if (!tab) throw new Error(`no tab at ${pageUrl}`);
      const event = chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void };
      event.dispatch({ ...info, pageUrl, editable: false }, tab);
    },
    { pageUrl, info },
  );
}

describe.skipIf(skip !== null)('Chromium: the right-click menu', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE }, '/note.html': { html: NOTE } });
    browser = await launchWithExtension();
    // Auto-capture paused: only the menu can store what follows (the pause unregisters the script).
    const worker = await browser.worker();
    await worker.evaluate((until) => chrome.storage.local.set({ pausedUntil: until }), Date.now() + 24 * 3600_000);
    await poll(
      async () => ((await (await browser.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 0 ? true : undefined),
      'auto-capture to be paused',
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const rows = async (): Promise<Rows> => (await browser.extensionPage()).evaluate(readRows);

  async function popupNames(): Promise<string[]> {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('main.popup[aria-busy=false]').waitFor();
    const names = (await popup.evaluate(readPopupTodos)).map((t) => t.name);
    await popup.close();
    return names;
  }

  it('"Add selection as a to-do" stores the selected text with the page as its source, and the popup lists it', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/note.html`;
    await page.goto(url);
    const selected = await page.evaluate(selectPick);
    expect(selected).toBe(NOTE_TEXT);
    expect((await rows()).todos.some((t) => t.text === NOTE_TEXT)).toBe(false);

    await clickMenu(browser, url, { menuItemId: 'add-selection', selectionText: selected });
    const stored = await poll(async () => selectedTodoIn(await rows()), 'the selected to-do', 30_000);
    expect(stored.article).toMatchObject({ title: NOTE_TITLE, via: 'selection' });
    expect(stored.article?.pageUrl ?? stored.article?.url).toBe(url);
    expect(await poll(async () => ((await popupNames()).includes(NOTE_TEXT) ? true : undefined), 'the popup to list it')).toBe(true);
    await page.close();
  });

  it('"Capture this page" captures the page\'s to-dos', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/seed.html`;
    await page.goto(url);
    expect((await rows()).todos.filter((t) => SEED_EXPECTED.includes(t.text))).toEqual([]);

    await clickMenu(browser, url, { menuItemId: 'capture-page' });
    await expectSeedCaptured({ rows, popupNames }, url);
    await page.close();
  });
});
