import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { waitFor, type Driver } from './auto-capture-driver';
import { autoCapturePages } from './auto-capture-pages';
import { autoCaptureScenarios } from './auto-capture-scenarios';
import { CHROME_BUILD, CHROMIUM, missing } from './environment';
import { readRows } from '../helpers/extension-rows';
import { snapshotOf } from './extension-db';
import { readPopupTodos } from './popup-todos';
import { inNoticeRoot } from './notice-cdp';
import { CLICK_NOTICE, READ_NOTICE } from './notice-functions';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { servePages, type PageServer } from './page-server';

const skip = missing(CHROMIUM, CHROME_BUILD);
if (skip) console.warn(`Chromium auto-capture e2e skipped: ${skip}`);

describe.skipIf(skip !== null)('Chromium: auto-capture while browsing', () => {
  let server: PageServer;
  let context: BrowserContext;
  let browser: ExtensionBrowser;
  let extensionPage: Page;
  let driver: Driver<Page>;

  beforeAll(async () => {
    server = await servePages(autoCapturePages());
    browser = await launchWithExtension({
      // Corpus pages name CDNs: fail those at once (no DNS wait). Not page.route: with request
      // interception on, Chromium skips registered content scripts.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
    });
    context = browser.context;
    const extensionId = browser.extensionId;
    // The welcome page (opened on install) doubles as the extension context the test talks through.
    extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/welcome.html`);
    await waitFor(
      () => extensionPage.evaluate(async () => ((await chrome.scripting.getRegisteredContentScripts()).length ? true : undefined)),
      'the capture script to be registered',
    );
    driver = {
      open: async (url) => {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      close: (page) => page.close(),
      inPage: (page, fn) => page.evaluate(fn),
      // Arguments here are plain JSON values, which both tools pass through unchanged.
      inExtension: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => extensionPage.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
      noticeText: (page) => inNoticeRoot<string>(page, READ_NOTICE),
      clickNotice: async (page, label) => (await inNoticeRoot<boolean>(page, CLICK_NOTICE, label)) === true,
      pressEscape: (page) => page.keyboard.press('Escape'),
      db: async () => snapshotOf(await extensionPage.evaluate(readRows)),
      popupTodos: async () => {
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        await popup.locator('main.popup[aria-busy=false]').waitFor();
        const names = (await popup.evaluate(readPopupTodos)).map((todo) => todo.name);
        await popup.close();
        return names;
      },
    };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  autoCaptureScenarios(() => ({ driver, origin: server.origin }));
});
