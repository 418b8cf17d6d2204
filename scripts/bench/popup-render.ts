import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { stampedPopup } from '../../lib/first-frame/record';
import { bundleInPage } from './bundle';
import type { ExtensionBrowser } from './chromium';
import { DB_BENCH_GLOBAL, type DbBenchApi } from './in-page/api';
import { median } from './stats';

/** The load: 5,000 to-dos from 500 articles. */
const SEED_ARTICLES = 500;
const SEED_PER_ARTICLE = 10;
/** Popup opens timed after one untimed open (the first also warms the disk cache, as a second click would). */
const POPUP_RUNS = 11;
/** Set in the popup before its scripts run: when the first to-do row is in the DOM, and the frame after. */
const RENDER_MARK = '__benchFirstRender';

export interface PopupRender {
  todos: number;
  /**
   * performance.now() (ms since the popup's navigation started) when the first row was rendered,
   * opening the popup as its toolbar button does, with the list unchanged since the last opening:
   * the kept first frame (lib/first-frame/) draws it.
   */
  firstRenderMs: number;
  /** …and when the next frame could be painted after it. */
  firstPaintMs: number;
  /** When the popup's own live list replaced that frame (its first row, interactive). */
  liveMs: number;
  /** First row when the list changed since the last opening: no kept frame, drawn from IndexedDB. */
  changedFirstRenderMs: number;
  /**
   * The reference, opened by turns with the popup and as it is (the same watcher installed first):
   * the same page whose first script does nothing but mark when it runs. No page with a script can
   * show anything earlier.
   */
  floorMs: number;
  /** DOMContentLoaded done: the popup's first-frame script has run (its modules load after). */
  domReadyMs: number;
  /** The popup's first query alone (listGroups, first page of open to-dos), in an extension page. */
  listQueryMs: number;
  runs: number;
}

interface Marks {
  dom: number;
  live?: number;
  paint?: number;
}

// Runs before the popup's own scripts: watches for the list's first row under a settled main
// (the kept first frame or the live list), then for the live list's (not inert).
function watchFirstRow(mark: string): void {
  const world = globalThis as unknown as Record<string, Marks | undefined>;
  const observer = new MutationObserver(() => {
    let entry = world[mark];
    if (!entry) {
      if (!document.querySelector('main.popup[aria-busy="false"] .todo-text')) return;
      const marks: Marks = (entry = { dom: performance.now() });
      world[mark] = marks;
      requestAnimationFrame(() => setTimeout(() => (marks.paint = performance.now()), 0));
    }
    if (document.querySelector('main.popup[aria-busy="false"]:not([inert]) .todo-text')) {
      entry.live = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

interface Open {
  dom: number;
  paint: number;
  live: number;
  ready: number;
}

/** The reference page (written into the bench's own build folder, never into a product build). */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_MARK = 'bench-floor';

/** popup.html with its first script swapped for one that only marks when it runs. */
function writeFloorPage(extensionDir: string): void {
  const popup = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const floor = popup.replace(/<script src="\/popup-first-frame\.js"[^>]*><\/script>/, '<script src="/bench-floor.js"></script>');
  if (floor === popup) throw new Error('popup.html has no first-frame script to swap for the reference');
  writeFileSync(join(extensionDir, FLOOR_PAGE), floor);
  writeFileSync(join(extensionDir, 'bench-floor.js'), `performance.mark(${JSON.stringify(FLOOR_MARK)});\n`);
}

async function openFloor(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.context.newPage();
  try {
    // Opened exactly as the popup is, with the same watcher installed first (it never fires here).
    await page.addInitScript(watchFirstRow, RENDER_MARK);
    await page.goto(`chrome-extension://${browser.extensionId}/${FLOOR_PAGE}`);
    return await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, FLOOR_MARK);
  } finally {
    await page.close();
  }
}

/** The page the toolbar button opens now (its URL carries the list's stamp: lib/first-frame/changed.ts). */
async function toolbarPopupUrl(browser: ExtensionBrowser): Promise<string> {
  return browser.worker.evaluate(() => chrome.action.getPopup({}));
}

/** What a change to the list does to the toolbar popup: a new stamp, so no kept frame applies. */
async function restamp(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate((popup) => chrome.action.setPopup({ popup }), stampedPopup(`bench${Date.now()}`));
}

async function openOnce(browser: ExtensionBrowser): Promise<Open> {
  const url = await toolbarPopupUrl(browser);
  const popup: Page = await browser.context.newPage();
  try {
    await popup.addInitScript(watchFirstRow, RENDER_MARK);
    await popup.goto(url);
    const handle = await popup.waitForFunction(
      (mark) => {
        const marks = (globalThis as unknown as Record<string, Marks | undefined>)[mark];
        return marks?.paint !== undefined && marks.live !== undefined ? marks : undefined;
      },
      RENDER_MARK,
      { timeout: 30_000 },
    );
    const { dom, paint, live } = (await handle.jsonValue()) as Required<Marks>;
    const ready = await popup.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? Number.NaN,
    );
    return { dom, paint, live, ready };
  } finally {
    await popup.close();
  }
}

/**
 * Seeds the extension's own database with 5,000 to-dos through an extension page (real
 * IndexedDB), then opens the popup repeatedly at the toolbar button's URL and times its first
 * rendered row: with a change before each opening, then with the list unchanged, by turns with
 * the reference page (the earliest any script of such a page runs).
 */
export async function timePopupRender(browser: ExtensionBrowser, extensionDir: string): Promise<PopupRender> {
  writeFloorPage(extensionDir);
  const seeder = await browser.context.newPage();
  await seeder.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await seeder.evaluate(await bundleInPage('db-entry'));
  const todos = await seeder.evaluate(
    ([name, articles, per]) => (globalThis as unknown as Record<string, DbBenchApi>)[name]!.seedReal(articles, per),
    [DB_BENCH_GLOBAL, SEED_ARTICLES, SEED_PER_ARTICLE] as const,
  );
  const list = await seeder.evaluate(
    ([name, runs]) => (globalThis as unknown as Record<string, DbBenchApi>)[name]!.listFirstPage(runs),
    [DB_BENCH_GLOBAL, POPUP_RUNS + 1] as const,
  );
  await seeder.close();
  await openOnce(browser);
  const changed: Open[] = [];
  for (let i = 0; i < POPUP_RUNS; i++) {
    await restamp(browser);
    changed.push(await openOnce(browser));
  }
  const runs: Open[] = [];
  const floor: number[] = [];
  await openFloor(browser);
  for (let i = 0; i < POPUP_RUNS; i++) {
    runs.push(await openOnce(browser));
    floor.push(await openFloor(browser));
  }
  return {
    todos,
    firstRenderMs: median(runs.map((r) => r.dom)),
    firstPaintMs: median(runs.map((r) => r.paint)),
    liveMs: median(runs.map((r) => r.live)),
    changedFirstRenderMs: median(changed.map((r) => r.dom)),
    floorMs: median(floor),
    domReadyMs: median(runs.map((r) => r.ready)),
    listQueryMs: median(list.slice(1)),
    runs: runs.length,
  };
}
