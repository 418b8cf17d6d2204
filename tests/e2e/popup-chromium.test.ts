import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { servePages, type PageServer } from './page-server';
import { ARTIFACTS, CHROME_BUILD, CHROMIUM, missing, SEED_PAGE } from './environment';

const skip = missing(CHROMIUM, CHROME_BUILD);
if (skip) console.warn(`Chromium popup e2e skipped: ${skip}`);

/** The popup as Chrome sizes it at most (800 × 600); 400 is the popup's own width. */
const POPUP_SIZE = { width: 400, height: 600 };

describe.skipIf(skip !== null)('Chromium: the popup, from capture to open-in-article', () => {
  let server: PageServer;
  let context: BrowserContext;
  let extensionId: string;
  let browser: ExtensionBrowser;
  let popup: Page;

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE } });
    browser = await launchWithExtension({ viewport: POPUP_SIZE });
    ({ context, extensionId } = browser);
    context.setDefaultTimeout(10_000);
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shoot = async (name: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await popup.screenshot({ path: `${ARTIFACTS}/popup-${name}-${colorScheme}.png` });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  };
  const box = (name: string) => popup.getByRole('checkbox', { name, exact: true });

  it('first run explains itself and offers auto-capture', async () => {
    popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('main.popup[aria-busy=false]').waitFor();
    await expect.poll(() => popup.getByRole('heading', { name: 'Turn advice into action' }).count()).toBe(1);
    expect(await popup.getByRole('switch', { name: /auto-capture/i }).count()).toBe(1);
    await shoot('first-run');
  });

  it('lists the captured seed article with its to-dos', async () => {
    const article = await context.newPage();
    await article.goto(`${server.origin}/seed.html`);
    // "Capture this page" for the article's tab (the button captures the active tab, which in a
    // test is the popup itself). Auto-capture may have stored it already; either way it merges.
    const outcome = await popup.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.runtime.sendMessage({ name: 'captureActiveTab', data: { tabId: tab?.id } });
    }, `${server.origin}/seed.html`);
    expect(outcome).toMatchObject({ status: 'added' });
    // The popup is live: the capture lands while it is open.
    await expect.poll(() => box('上司への報告').count(), { timeout: 20_000 }).toBe(1);
    await article.close();
    const header = popup.getByRole('region').filter({ has: popup.getByRole('heading', { level: 2 }) }).first();
    expect(await header.textContent()).toMatch(/0 \/ \d+ done/);
    await shoot('list');
  });

  it('edits a to-do in place and checks it', async () => {
    await popup.getByRole('button', { name: 'Details for 記録を残す' }).click();
    await shoot('details');
    await popup.getByRole('button', { name: 'Edit 記録を残す', exact: true }).click();
    const editor = popup.getByRole('textbox', { name: 'Edit to-do' });
    await editor.fill('通話の記録を残す');
    await editor.press('Enter');
    await expect.poll(() => box('通話の記録を残す').count()).toBe(1);
    await box('通話の記録を残す').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => box('通話の記録を残す').isChecked()).toBe(true);
    // Checked in the "Open" view, it stays in sight (struck through) until the popup reopens.
    expect(await box('通話の記録を残す').count()).toBe(1);
  });

  it('deletes a to-do and Undo really restores it', async () => {
    await popup.getByRole('button', { name: 'Details for 社内規定の確認' }).click();
    await popup.getByRole('button', { name: 'Delete 社内規定の確認', exact: true }).click();
    await expect.poll(() => box('社内規定の確認').count()).toBe(0);
    await shoot('undo');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => box('社内規定の確認').count()).toBe(1);
  });

  it('searching 「報告」 leaves only matching to-dos', async () => {
    await popup.keyboard.press('Escape');
    await popup.locator('body').click({ position: { x: 390, y: 590 } });
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await popup.keyboard.type('報告');
    await expect.poll(async () => {
      const texts = await popup.locator('.todo-text').allTextContents();
      return texts.length > 0 && texts.every((t) => t.includes('報告'));
    }).toBe(true);
    expect(await box('上司への報告').count()).toBe(1);
    await shoot('search');
  });

  it('"Open in article" opens the page scrolled to the quote (a text fragment)', async () => {
    await popup.getByRole('button', { name: 'Details for 上司への報告' }).click();
    const link = popup.getByRole('link', { name: 'Open in article' });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${server.origin}/seed\\.html#:~:text=`));
    const opened = context.waitForEvent('page');
    await link.click();
    const page = await opened;
    await page.waitForLoadState();
    const urls = await popup.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? t.pendingUrl ?? ''));
    expect(urls.some((url) => url.startsWith(`${server.origin}/seed.html#:~:text=`))).toBe(true);
    await page.close();
  });

  it('the trash lists a deleted article, restores it and empties', async () => {
    await popup.getByRole('searchbox').fill('');
    const title = await popup.locator('.group-title').first().textContent();
    await popup.getByRole('button', { name: `Delete ${title} and its to-dos` }).click();
    await expect.poll(() => box('上司への報告').count()).toBe(0);
    await popup.getByRole('button', { name: 'Trash', exact: true }).click();
    await expect.poll(() => popup.getByRole('button', { name: `Restore ${title}` }).count()).toBe(1);
    await shoot('trash');
    await popup.getByRole('button', { name: `Restore ${title}` }).click();
    await popup.getByRole('button', { name: 'Back to the list' }).click();
    await expect.poll(() => box('上司への報告').count()).toBe(1);
  });
});
