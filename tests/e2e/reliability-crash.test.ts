import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureOf, careerTipsPage } from '../helpers/career-tips-page';
import { openWithContentWorld, type ContentWorldTab } from '../helpers/content-world';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { readRows } from '../helpers/extension-rows';
import { stopServiceWorkers } from '../helpers/stop-service-worker';
import { CHROME_BUILD, CHROMIUM, missing, poll } from './environment';
import { servePages, type PageServer } from './page-server';

const skip = missing(CHROMIUM, CHROME_BUILD);
const TABS = 8;
/** When, after the captures are sent, the worker is stopped: before, during and after the writes. */
const STOP_AFTER_MS = [0, 5, 15, 30, 60];
const PLAIN = '<!doctype html><html lang="en"><head><title>Opening hours</title></head><body><p>Monday to Friday, 9:00 to 17:00.</p></body></html>';

describe.skipIf(skip !== null)('the service worker stopped in the middle of captures (real Chromium, CDP)', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let tabs: ContentWorldTab[] = [];
  const outcomes: Record<string, { whole: number; none: number; partial: number }> = {};

  beforeAll(async () => {
    // Non-advice pages: the tabs' own auto-capture stores nothing; the test sends the captures.
    const pages: Record<string, { html: string }> = {};
    for (let i = 0; i < TABS; i++) pages[`/page-${i}.html`] = { html: PLAIN };
    server = await servePages(pages);
    browser = await launchWithExtension();
    tabs = await Promise.all(Array.from({ length: TABS }, (_, i) => openWithContentWorld(browser.context, `${server.origin}/page-${i}.html`)));
  });
  afterAll(async () => {
    console.info('stopped-worker outcomes per article', JSON.stringify(outcomes));
    await browser?.close();
    await server?.close();
  });

  /** Each round's captures name their own articles (canonical URLs on the tab's own site). */
  const captureFor = (round: number, i: number) =>
    captureOf(careerTipsPage(`round ${round} page ${i}`), `${server.origin}/page-${i}.html`);
  const withCanonical = (round: number, i: number) => ({ ...captureFor(round, i), canonicalUrl: `${server.origin}/round-${round}/article-${i}` });

  it.each(STOP_AFTER_MS.map((ms, round) => [ms, round]))('stopped %i ms after 8 captures were sent: each is whole or absent; the next capture works', async (ms, round) => {
    const page = await browser.extensionPage();
    const sends = tabs.map((tab, i) =>
      tab
        .evaluate<{ status?: string } | null>(`chrome.runtime.sendMessage(${JSON.stringify({ name: 'capture', data: withCanonical(round, i) })}).catch((e) => ({ status: 'lost: ' + e.message }))`)
        .catch((error: unknown) => ({ status: `lost: ${String(error)}` })),
    );
    await new Promise((r) => setTimeout(r, ms));
    await stopServiceWorkers(page);
    await Promise.all(sends);

    const rows = await poll(async () => page.evaluate(readRows), 'the database');
    const tally = { whole: 0, none: 0, partial: 0 };
    for (let i = 0; i < TABS; i++) {
      const article = rows.articles.find((a) => a.url === `${server.origin}/round-${round}/article-${i}`);
      const todos = article ? rows.todos.filter((t) => t.articleId === article.id).length : 0;
      const expected = withCanonical(round, i).items.length;
      if (article && todos === expected) tally.whole++;
      else if (!article && todos === 0) tally.none++;
      else tally.partial++;
    }
    outcomes[`${ms} ms`] = tally;
    expect(tally.partial).toBe(0);
    // No to-do belongs to an article that is not there.
    const ids = new Set(rows.articles.map((a) => a.id));
    expect(rows.todos.filter((t) => !ids.has(t.articleId))).toEqual([]);

    // The worker comes back for the next message, and the lost captures can simply be sent again.
    const again = await Promise.all(
      tabs.map((tab, i) => tab.evaluate<{ status: string }>(`chrome.runtime.sendMessage(${JSON.stringify({ name: 'capture', data: withCanonical(round, i) })})`)),
    );
    expect(again.map((a) => a.status)).toEqual(Array(TABS).fill('added'));
    const after = await page.evaluate(readRows);
    for (let i = 0; i < TABS; i++) {
      const article = after.articles.find((a) => a.url === `${server.origin}/round-${round}/article-${i}`);
      expect(after.todos.filter((t) => t.articleId === article?.id)).toHaveLength(withCanonical(round, i).items.length);
    }
  });

  it('the stops really landed mid-batch: some captures were cut off, others completed', () => {
    const all = Object.values(outcomes);
    expect(all).toHaveLength(STOP_AFTER_MS.length);
    expect(all.reduce((n, t) => n + t.none, 0)).toBeGreaterThan(0);
    expect(all.reduce((n, t) => n + t.whole, 0)).toBeGreaterThan(0);
  });
});
