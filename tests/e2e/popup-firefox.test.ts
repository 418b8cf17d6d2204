import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { captureTabFromPage, launchFirefoxWithExtension } from '../helpers/extension-firefox';
import { type ListedTodo, readPopupTodos } from './popup-todos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from './page-server';
import { ARTIFACTS, FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, missing, poll, SEED_PAGE } from './environment';

const skip = missing(FIREFOX, FIREFOX_BUILD);
if (skip) console.warn(`Firefox popup e2e skipped: ${skip}`);

const POPUP = `moz-extension://${FIREFOX_UUID}/popup.html`;

/** The names of the to-do checkboxes on screen, and whether each is checked. */
const listTodos = (page: Page): Promise<ListedTodo[]> => page.evaluate(readPopupTodos);

/** Clicks the element the selector finds, once it exists (the list is live and re-renders). */
async function click(page: Page, selector: string): Promise<void> {
  await poll(() => page.evaluate((s) => (document.querySelector(s) ? true : undefined), selector), selector);
  await page.click(selector);
}

describe.skipIf(skip !== null)('Firefox: the popup, from capture to open-in-article', () => {
  let server: PageServer;
  let browser: Browser;
  let popup: Page;

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE } });
    browser = await launchFirefoxWithExtension();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('captures the seed page, edits, checks, deletes and undoes, searches and opens the source', async () => {
    const article = await browser.newPage();
    await article.goto(`${server.origin}/seed.html`);
    popup = await browser.newPage();
    await popup.setViewport({ width: 400, height: 600 });
    // Firefox loads moz-extension pages but the goto promise may never settle: poll instead.
    void popup.goto(POPUP).catch(() => undefined);
    await poll(() => popup.evaluate(() => (document.querySelector('main.popup[aria-busy=false]') ? true : undefined)), 'the popup');

    // "Capture this page" for the article's tab (in a test the active tab is the popup itself).
    const outcome = await captureTabFromPage(popup, `${server.origin}/seed.html`);
    expect(outcome).toMatchObject({ status: 'added' });
    await poll(async () => ((await listTodos(popup)).some((t) => t.name === '上司への報告') ? true : undefined), 'the list');
    await popup.screenshot({ path: `${ARTIFACTS}/firefox-popup-list-light.png` });
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]).then(
      () => popup.screenshot({ path: `${ARTIFACTS}/firefox-popup-list-dark.png` }),
      () => console.warn('Firefox over BiDi cannot emulate prefers-color-scheme here: dark screenshot from Chromium only'),
    );
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]).catch(() => undefined);

    // Edit in place.
    await click(popup, 'button[aria-label="Details for 記録を残す"]');
    await click(popup, 'button[aria-label="Edit 記録を残す"]');
    await poll(() => popup.evaluate(() => (document.activeElement?.classList.contains('todo-edit') ? true : undefined)), 'the editor');
    await popup.keyboard.down('Control');
    await popup.keyboard.press('a');
    await popup.keyboard.up('Control');
    await popup.keyboard.type('通話の記録を残す');
    await popup.keyboard.press('Enter');
    await poll(async () => ((await listTodos(popup)).some((t) => t.name === '通話の記録を残す') ? true : undefined), 'the edit');

    // Check it.
    await popup.evaluate(() => {
      const box = [...document.querySelectorAll<HTMLInputElement>('.todo input[type=checkbox]')].find(
        (b) => b.labels?.[0]?.textContent?.trim() === '通話の記録を残す',
      );
      box?.click();
    });
    await poll(async () => ((await listTodos(popup)).find((t) => t.name === '通話の記録を残す')?.checked ? true : undefined), 'the check');

    // Delete one, then Undo.
    await click(popup, 'button[aria-label="Details for 社内規定の確認"]');
    await click(popup, 'button[aria-label="Delete 社内規定の確認"]');
    await poll(async () => ((await listTodos(popup)).some((t) => t.name === '社内規定の確認') ? undefined : true), 'the deletion');
    await click(popup, '.toast-undo');
    await poll(async () => ((await listTodos(popup)).some((t) => t.name === '社内規定の確認') ? true : undefined), 'the undo');

    // Search 「報告」: only matching to-dos stay.
    await popup.focus('input[type=search]');
    await popup.keyboard.type('報告');
    const found = await poll(async () => {
      const names = (await listTodos(popup)).map((t) => t.name);
      return names.length > 0 && names.every((n) => n.includes('報告')) ? names : undefined;
    }, 'the search');
    expect(found).toContain('上司への報告');
    await popup.screenshot({ path: `${ARTIFACTS}/firefox-popup-search-light.png` });

    // Open in article: a new tab at the page, with a text fragment where Firefox supports them.
    await click(popup, 'button[aria-label="Details for 上司への報告"]');
    const supports = await popup.evaluate(() => 'fragmentDirective' in document);
    const href = await popup.evaluate(() => document.querySelector<HTMLAnchorElement>('.todo-details a.action')?.href ?? '');
    expect(href.startsWith(supports ? `${server.origin}/seed.html#:~:text=` : `${server.origin}/seed.html`)).toBe(true);
    const before = await popup.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    await click(popup, '.todo-details a.action');
    const opened = await poll(
      () =>
        popup.evaluate(async (known) => {
          const fresh = (await chrome.tabs.query({})).find((t) => !known.includes(t.id));
          return fresh?.url && fresh.url !== 'about:blank' ? fresh.url : undefined;
        }, before),
      'the article tab',
    );
    expect(opened).toBe(href);
    await article.close();
  });
});
