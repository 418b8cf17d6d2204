import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../helpers/extension-firefox';
import { readRows } from '../helpers/extension-rows';
import { type ListedTodo, readPopupTodos } from './popup-todos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from './page-server';
import {
  ARTIFACTS, FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, missing, poll, SEED_EXPECTED, SEED_FORBIDDEN, SEED_PAGE,
} from './environment';

const skip = missing(FIREFOX, FIREFOX_BUILD);
if (skip) console.warn(`Firefox e2e skipped: ${skip}`);

const POPUP = `moz-extension://${FIREFOX_UUID}/popup.html`;

/** The popup's to-do checkboxes as a screen reader names them. */
const listTodos = (page: Page): Promise<ListedTodo[]> => page.evaluate(readPopupTodos);

describe.skipIf(skip !== null)('Firefox: the whole capture path', () => {
  let server: PageServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE } });
    browser = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Firefox loads moz-extension pages but the goto promise may never settle: poll instead. */
  async function openPopup(): Promise<Page> {
    const page = await browser.newPage();
    void page.goto(POPUP).catch(() => undefined);
    await poll(() => page.evaluate(() => (document.querySelector('main.popup[aria-busy=false]') ? true : undefined)), 'the popup and its list');
    return page;
  }

  it('auto-captures the seed article; the popup lists its to-dos and no call to action; a check persists', async () => {
    // Wait for the install-time registration, then visit once, in the foreground (a background
    // tab may wait long for the idle slot the capture runs in), and read the rows it stored.
    const watcher = await openPopup();
    await poll(
      () => watcher.evaluate(async () => ((await chrome.scripting.getRegisteredContentScripts()).length ? true : undefined)),
      'the capture script to be registered',
    );
    const article = await browser.newPage();
    await article.goto(`${server.origin}/seed.html`);
    await poll(async () => ((await watcher.evaluate(readRows)).todos.length > 0 ? true : undefined), 'the seed article to be captured', 40_000);
    await watcher.close();

    const popup = await openPopup();
    const listed = await listTodos(popup);
    for (const text of SEED_EXPECTED) {
      expect(listed.filter((t) => t.name === text), text).toHaveLength(1);
    }
    expect(listed.filter((t) => SEED_FORBIDDEN.test(t.name))).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.setViewport({ width: 420, height: 720 });
    await popup.screenshot({ path: `${ARTIFACTS}/firefox-popup.png`, fullPage: true });

    await popup.evaluate(() => {
      const box = [...document.querySelectorAll<HTMLInputElement>('.todo input[type=checkbox]')].find(
        (b) => b.labels?.[0]?.textContent?.trim() === '記録を残す',
      );
      box?.click();
    });
    await poll(async () => ((await listTodos(popup)).find((t) => t.name === '記録を残す')?.checked ? true : undefined), 'the check');
    // The header's count comes from a live query, so it changes only once the write committed.
    await poll(
      () => popup.evaluate(() => (/^1 \//.test(document.querySelector('.count')?.textContent ?? '') ? true : undefined)),
      'the check to be stored',
    );
    await popup.close();

    const reopened = await openPopup();
    // The popup opens on open to-dos; the checked one is listed under "All".
    await reopened.evaluate(() => document.querySelector<HTMLInputElement>('input[type=radio][value=all]')?.click());
    const after = await poll(async () => {
      const now = await listTodos(reopened);
      return now.some((t) => t.name === '記録を残す') ? now : undefined;
    }, 'the reopened list');
    expect(after.find((t) => t.name === '記録を残す')?.checked).toBe(true);
    expect(after).toHaveLength(listed.length);
    await reopened.close();
    await article.close();
  });
});
