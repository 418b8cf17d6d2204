import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitCapture } from '../helpers/await-capture';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { readRows } from '../helpers/extension-rows';
import { HOSTILE_PAGES, readHeartbeat, type HostilePath } from '../helpers/hostile-pages';
import { ARTIFACTS, CHROME_BUILD, CHROMIUM, missing, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';

const skip = missing(CHROMIUM, CHROME_BUILD);

/** The bar: a script on the page keeps answering within this long. */
const MAX_GAP_MS = 200;
/**
 * How long to watch after `load`: the content script waits for an idle slot (at most 2 s after
 * load, entrypoints/capture.content/when-idle.ts) and then analyses within its budget.
 */
const WATCH_MS = 3_500;
/**
 * CI machines are shared (load averages of 10+ on two cores were seen while writing this): noise
 * only ever lengthens gaps, so a page gets up to this many visits and the best one counts. A
 * content script that really blocks the page blocks it on every visit and still fails.
 */
const ATTEMPTS = 5;

interface Visit {
  maxGap: number;
  ticks: number;
  /** The extension's content-script world was created in the page (it really ran there). */
  injected: boolean;
  /** Exceptions thrown in any world of the page, the content script's included. */
  errors: string[];
  /**
   * The content script's own cost of each look or analysis it finished (its `actionable:analysis`
   * user-timing entries, visible from the page), in ms: empty where it skipped the page unread.
   */
  analysisMs: number[];
}

/** Read in the page: the durations of the content script's analysis entries. */
function readAnalysisMs(): number[] {
  return performance.getEntriesByName('actionable:analysis').map((e) => Math.round(e.duration * 10) / 10);
}

describe.skipIf(skip !== null)('hostile pages in real Chromium: responsive, clean give-up, nothing stored', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  const measured: Record<string, { withExtension: Visit; without: Visit; gapsPerVisit: number[] }> = {};

  beforeAll(async () => {
    server = await servePages({ ...Object.fromEntries(Object.entries(HOSTILE_PAGES).map(([p, html]) => [p, { html }])), '/seed.html': { file: SEED_PAGE } });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}/hostile-pages.json`, JSON.stringify(measured, null, 2));
    await browser?.close();
    await server?.close();
  });

  /** Articles (and their to-dos) stored from one of the served paths. */
  async function storedFrom(path: string): Promise<{ articles: number; todos: number }> {
    const rows = await (await browser.worker()).evaluate(readRows);
    const ids = new Set(rows.articles.filter((a) => new URL(a.url).pathname === path).map((a) => a.id));
    return { articles: ids.size, todos: rows.todos.filter((t) => ids.has(t.articleId)).length };
  }

  /** Opens a page, watches it for WATCH_MS after load, and reports the heartbeat and the worlds. */
  async function visit(url: string): Promise<Visit> {
    const page: Page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    let injected = false;
    const errors: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.includes(browser.extensionId)) injected = true;
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text));
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(WATCH_MS);
    const beat = await page.evaluate(readHeartbeat);
    const analysisMs = await page.evaluate(readAnalysisMs);
    await cdp.detach().catch(() => undefined);
    await page.close();
    return { maxGap: beat.max, ticks: beat.ticks, injected, errors, analysisMs };
  }

  async function checkHostile(path: HostilePath): Promise<void> {
    // localhost is the same server, but the e2e build is granted 127.0.0.1 only: the page alone.
    const without = await visit(`${server.origin.replace('127.0.0.1', 'localhost')}${path}`);
    const visits: Visit[] = [];
    do visits.push(await visit(`${server.origin}${path}`));
    while (visits.length < ATTEMPTS && visits.at(-1)!.maxGap >= MAX_GAP_MS);
    const withExtension = visits.reduce((best, v) => (v.maxGap < best.maxGap ? v : best));
    measured[path] = { withExtension, without, gapsPerVisit: visits.map((v) => v.maxGap) };
    console.info(`${path}: max heartbeat gap ${visits.map((v) => v.maxGap).join('/')} ms with Actionable, ${without.maxGap} ms without; analysis ${visits.map((v) => v.analysisMs.join('+') || '-').join('/')} ms`);
    expect(without.injected, 'control visit must not run the extension').toBe(false);
    expect(withExtension.injected, 'the capture script must have run in the page').toBe(true);
    expect(visits.flatMap((v) => v.errors)).toEqual([]);
    expect(visits.every((v) => v.injected)).toBe(true);
    expect(withExtension.maxGap).toBeLessThan(MAX_GAP_MS);
    expect(await storedFrom(path)).toEqual({ articles: 0, todos: 0 });
  }

  // The 5,000-deep page was skipped here until 2026-11-29: the capture script read the whole chain
  // and captured it. Every walk now gives up past core/limits.ts MAX_DEPTH, before descending.
  // /hostile/wide-under-cap.html was skipped until 2026-11-29 too: its first look passed and the
  // extractor analysed it in one 200 ms task (600 ms on retry). The first look now says "could not
  // tell" for a main root of thousands of list items (core/crowded-root.ts), and the extractor
  // hands the page its thread back between steps (core/analyze-page.ts analyzePageInSlices).
  it.each(Object.keys(HOSTILE_PAGES) as HostilePath[])('%s', checkHostile);

  it('the same browser does capture a real advice article (so "nothing stored" above is meaningful)', async () => {
    const page = await browser.context.newPage();
    const { rows } = await awaitCapture(browser, page, `${server.origin}/seed.html`, (r) => r.todos.length > 0);
    expect(rows.articles).toHaveLength(1);
    await page.close();
  });
});
