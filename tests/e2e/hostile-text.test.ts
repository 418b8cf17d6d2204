import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { awaitCapture } from '../helpers/await-capture';
import { MARKUP_AS_TEXT_PAGE, MARKUP_TODOS } from '../helpers/markup-as-text-page';
import { CHROME_BUILD, CHROMIUM, missing } from './environment';
import { servePages, type PageServer } from './page-server';

const skip = missing(CHROMIUM, CHROME_BUILD);

describe.skipIf(skip !== null)('page text is only ever text (real Chromium)', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await servePages({ '/markup.html': { html: MARKUP_AS_TEXT_PAGE } });
    browser = await launchWithExtension();
    browser.context.on('page', (page) =>
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('markup and javascript: URLs in to-dos show literally in the popup, and nothing runs', async () => {
    const article = await browser.context.newPage();
    const { rows } = await awaitCapture(browser, article, `${server.origin}/markup.html`, (r) => r.todos.length >= 3);
    // Stored as the page's text, unescaped and unsanitised: it is text, and text is harmless.
    expect(rows.todos.map((t) => t.text)).toEqual(expect.arrayContaining(Object.values(MARKUP_TODOS)));

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    for (const text of Object.values(MARKUP_TODOS)) {
      await expect.poll(() => popup.getByText(text, { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    // Had any of it been parsed as HTML, these elements would exist now.
    expect(await popup.locator('img[src="x"], [onerror], script:not([src])').count()).toBe(0);
    const hrefs = await popup.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href, 'every link is a web link').toMatch(/^https?:\/\//);
    expect(hrefs.some((href) => href.startsWith(server.origin))).toBe(true);
    // The title's markup is text too.
    expect(await popup.getByText('<img src=x onerror=alert(4)>', { exact: false }).count()).toBeGreaterThan(0);
    await popup.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    await Promise.all([popup.close(), article.close()]);
  });

  it('a web page cannot even address the extension: no runtime messaging is exposed to it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/markup.html`);
    const exposed = await page.evaluate(() => {
      const chromeGlobal = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } }).chrome;
      return { sendMessage: typeof chromeGlobal?.runtime?.sendMessage, connect: typeof chromeGlobal?.runtime?.connect };
    });
    // Without `externally_connectable`, Chromium gives web pages no chrome.runtime messaging at all.
    expect(exposed).toEqual({ sendMessage: 'undefined', connect: 'undefined' });
    await page.close();
  });
});
