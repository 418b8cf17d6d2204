import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { BASIL_TIPS } from './auto-capture-pages';
import { servePages, type PageServer } from './page-server';
import {
  ARTIFACTS, CHROME_BUILD, CHROMIUM, missing, SEED_EXPECTED, SEED_FORBIDDEN, SEED_PAGE,
} from './environment';

const skip = missing(CHROMIUM, CHROME_BUILD);
if (skip) console.warn(`Chromium e2e skipped: ${skip}`);


describe.skipIf(skip !== null)('Chromium: the whole capture path', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE }, '/basil.html': { html: BASIL_TIPS } });
    browser = await launchWithExtension();
    ({ context, extensionId } = browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPopup(): Promise<Page> {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('main.popup[aria-busy=false]').waitFor();
    return popup;
  }

  it('auto-captures the seed article and lists its to-dos, never the call to action', async () => {
    // The popup opens first: the capture must appear in it live, without a reload.
    const popup = await openPopup();
    const article = await context.newPage();
    await article.goto(`${server.origin}/seed.html`);
    await expect.poll(() => popup.getByRole('checkbox', { name: SEED_EXPECTED[0], exact: true }).count(), { timeout: 20_000 }).toBe(1);
    // Each expected to-do exactly once, by its exact accessible name.
    for (const text of SEED_EXPECTED) {
      expect(await popup.getByRole('checkbox', { name: text, exact: true }).count(), text).toBe(1);
    }
    const listed = await popup.locator('.todo-text').allTextContents();
    expect(listed.filter((t) => SEED_FORBIDDEN.test(t))).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.screenshot({ path: `${ARTIFACTS}/chromium-popup.png`, fullPage: true });
    await popup.close();
    await article.close();
  });

  it('checking a to-do persists across a popup reload', async () => {
    const popup = await openPopup();
    const box = popup.getByRole('checkbox', { name: '記録を残す', exact: true });
    await box.check();
    // The header's count comes from a live query, so it changes only once the write committed.
    await expect.poll(() => popup.locator('.count').first().textContent(), { timeout: 10_000 }).toMatch(/^1 \/ /);
    await popup.reload();
    await popup.locator('main.popup[aria-busy=false]').waitFor();
    // The popup opens on open to-dos; a checked one is under "Done" (and "All").
    await popup.getByRole('radio', { name: 'All' }).click();
    await expect.poll(() => popup.getByRole('checkbox', { name: '記録を残す', exact: true }).isChecked(), { timeout: 10_000 }).toBe(true);
    await popup.close();
  });

  it('revisiting the page merges: no duplicates, the checked to-do stays checked', async () => {
    const article = await context.newPage();
    await article.goto(`${server.origin}/seed.html`);
    await article.waitForTimeout(1500);
    const popup = await openPopup();
    await popup.getByRole('radio', { name: 'All' }).click();
    await expect.poll(() => popup.getByRole('checkbox', { name: '記録を残す', exact: true }).count()).toBe(1);
    expect(await popup.getByRole('checkbox', { name: '記録を残す', exact: true }).isChecked()).toBe(true);
    await popup.close();
    await article.close();
  });

  it('"Capture this page" takes advice auto-capture skipped (not career), and refuses browser pages', async () => {
    const article = await context.newPage();
    await article.goto(`${server.origin}/basil.html`);
    const popup = await openPopup();
    const request = (url: string) =>
      popup.evaluate(async (pattern) => {
        const [tab] = await chrome.tabs.query({ url: pattern });
        return chrome.runtime.sendMessage({ name: 'captureActiveTab', data: { tabId: tab?.id } });
      }, url);
    expect(await popup.getByRole('checkbox', { name: /basil|water the soil/i }).count()).toBe(0);
    const outcome = await request(`${server.origin}/basil.html`);
    expect(outcome).toMatchObject({ status: 'added' });
    await expect.poll(() => popup.getByRole('checkbox', { name: /water the soil/i }).count()).toBeGreaterThan(0);

    const tabIds = () => popup.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const before = await tabIds();
    const blank = await context.newPage();
    await blank.goto('chrome://version');
    const browserTab = (await tabIds()).find((id) => !before.includes(id));
    const refused = await popup.evaluate(
      (tabId) => chrome.runtime.sendMessage({ name: 'captureActiveTab', data: { tabId } }),
      browserTab,
    );
    expect(refused).toMatchObject({ status: 'unsupported' });
    await Promise.all([popup.close(), article.close(), blank.close()]);
  });
});
