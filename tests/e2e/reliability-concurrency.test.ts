import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureOf, careerTipsPage } from '../helpers/career-tips-page';
import { openWithContentWorld, type ContentWorldTab } from '../helpers/content-world';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { readRows, type Rows } from '../helpers/extension-rows';
import { CHROME_BUILD, CHROMIUM, missing } from './environment';
import { servePages, type PageServer } from './page-server';

const skip = missing(CHROMIUM, CHROME_BUILD);
const TABS = 20;

/** Every [articleId+key] pair at most once: the unique index's promise, checked on the raw rows. */
export function duplicates(rows: Rows): string[] {
  const seen = new Set<string>();
  return rows.todos.map((t) => `${t.articleId}|${t.key}`).filter((k) => seen.has(k) || !seen.add(k));
}

type Answer = { status: string; added?: number };
const PLAIN = '<!doctype html><html lang="en"><head><title>Opening hours</title></head><body><p>Monday to Friday, 9:00 to 17:00.</p></body></html>';

describe.skipIf(skip !== null)('twenty tabs capturing at once (real Chromium)', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let tabs: ContentWorldTab[] = [];
  const sameHtml = careerTipsPage('shared');
  const url = (i: number) => `${server.origin}/page-${i}.html`;

  beforeAll(async () => {
    // The tabs show a page that is no advice, so their own automatic capture stores nothing and
    // cannot race the captures this test sends and counts; those carry the advice article's
    // analysis (the same code in Node), and the browser stamps the real tab as their sender.
    const pages: Record<string, { html: string }> = { '/same.html': { html: PLAIN } };
    for (let i = 0; i < TABS; i++) pages[`/page-${i}.html`] = { html: PLAIN };
    server = await servePages(pages);
    browser = await launchWithExtension();
    tabs = await Promise.all(Array.from({ length: TABS }, () => openWithContentWorld(browser.context, `${server.origin}/same.html`)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Sends each tab's capture from its own content-script world, all in the same instant. */
  function sendAll(captures: unknown[]): Promise<Answer[]> {
    return Promise.all(
      tabs.map((tab, i) => tab.evaluate<Answer>(`chrome.runtime.sendMessage(${JSON.stringify({ name: 'capture', data: captures[i] })})`)),
    );
  }

  it('the same page in 20 tabs: one article, each to-do once, and the answers add up exactly', async () => {
    const capture = captureOf(sameHtml, `${server.origin}/same.html`);
    expect(capture.items.length).toBeGreaterThanOrEqual(5);
    const answers = await sendAll(tabs.map(() => capture));
    const rows = await (await browser.worker()).evaluate(readRows);
    expect(answers.map((a) => a.status)).toEqual(Array(TABS).fill('added'));
    expect(answers.reduce((sum, a) => sum + (a.added ?? 0), 0)).toBe(capture.items.length);
    expect(rows.articles).toHaveLength(1);
    expect(rows.todos).toHaveLength(capture.items.length);
    expect(duplicates(rows)).toEqual([]);
  });

  it('20 different pages at once: 20 more articles, every to-do of each, nothing twice', async () => {
    await Promise.all(tabs.map((tab, i) => tab.goto(url(i))));
    const captures = tabs.map((_, i) => captureOf(careerTipsPage(`page ${i}`), url(i)));
    const answers = await sendAll(captures);
    const rows = await (await browser.worker()).evaluate(readRows);
    expect(answers.map((a) => a.status)).toEqual(Array(TABS).fill('added'));
    for (const [i, capture] of captures.entries()) {
      const article = rows.articles.find((a) => a.url === url(i));
      expect(article, url(i)).toBeDefined();
      expect(rows.todos.filter((t) => t.articleId === article!.id)).toHaveLength(capture.items.length);
    }
    expect(rows.articles).toHaveLength(TABS + 1);
    expect(duplicates(rows)).toEqual([]);
  });
});
