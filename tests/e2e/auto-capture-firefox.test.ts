import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../helpers/extension-firefox';
import { afterAll, beforeAll, describe } from 'vitest';
import { waitFor, type Driver } from './auto-capture-driver';
import { autoCapturePages } from './auto-capture-pages';
import { autoCaptureScenarios } from './auto-capture-scenarios';
import { FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, missing } from './environment';
import { readRows } from '../helpers/extension-rows';
import { snapshotOf } from './extension-db';
import { readPopupTodos } from './popup-todos';
import { inNoticeRoot } from './notice-bidi';
import { CLICK_NOTICE, READ_NOTICE } from './notice-functions';
import { servePages, type PageServer } from './page-server';

const skip = missing(FIREFOX, FIREFOX_BUILD);
if (skip) console.warn(`Firefox auto-capture e2e skipped: ${skip}`);

const EXTENSION = `moz-extension://${FIREFOX_UUID}`;

/** Firefox loads moz-extension pages but the goto promise may never settle: poll instead. */
async function openExtensionPage(browser: Browser, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${EXTENSION}${path}`).catch(() => undefined);
  await waitFor(() => page.evaluate((s) => (document.querySelector(s) ? true : undefined), ready), `${path} to load`);
  return page;
}

describe.skipIf(skip !== null)('Firefox: auto-capture while browsing', () => {
  let server: PageServer;
  let browser: Browser;
  let extensionPage: Page;
  let driver: Driver<Page>;

  beforeAll(async () => {
    server = await servePages(autoCapturePages());
    browser = await launchFirefoxWithExtension({
      // Corpus pages name CDNs: send those to a closed port so they fail at once (no DNS wait).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    });
    extensionPage = await openExtensionPage(browser, '/welcome.html', 'main.welcome');
    await waitFor(
      () => extensionPage.evaluate(async () => ((await chrome.scripting.getRegisteredContentScripts()).length ? true : undefined)),
      'the capture script to be registered',
    );
    driver = {
      open: async (url) => {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      close: (page) => page.close(),
      inPage: (page, fn) => page.evaluate(fn),
      // Arguments here are plain JSON values, which both tools pass through unchanged.
      inExtension: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        extensionPage.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
      noticeText: (page) => inNoticeRoot<string>(page, READ_NOTICE),
      clickNotice: async (page, label) => (await inNoticeRoot<boolean>(page, CLICK_NOTICE, label)) === true,
      pressEscape: (page) => page.keyboard.press('Escape'),
      db: async () => snapshotOf(await extensionPage.evaluate(readRows)),
      popupTodos: async () => {
        const popup = await openExtensionPage(browser, '/popup.html', 'main.popup[aria-busy=false]');
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
