import type { Page } from 'playwright-core';
import { bundleInPage } from './bundle';
import type { ExtensionBrowser } from './chromium';
import { DB_BENCH_GLOBAL, type DbBenchApi } from './in-page/api';
import { median } from './stats';

/** The load: 5,000 to-dos from 500 articles. */
const SEED_ARTICLES = 500;
const SEED_PER_ARTICLE = 10;
/** Popup opens timed after one untimed open (the first also warms the disk cache, as a second click would). */
const POPUP_RUNS = 7;
/** Set in the popup before its scripts run: when the first to-do row is in the DOM, and the frame after. */
const RENDER_MARK = '__benchFirstRender';

export interface PopupRender {
  todos: number;
  /** performance.now() (ms since the popup's navigation started) when the first row was rendered. */
  firstRenderMs: number;
  /** …and when the next frame could be painted after it. */
  firstPaintMs: number;
  /** DOMContentLoaded done: the popup's bundle has loaded and run (its list still empty). */
  domReadyMs: number;
  /** The popup's first query alone (listGroups, first page of open to-dos), in an extension page. */
  listQueryMs: number;
  runs: number;
}

// Runs before the popup's own scripts: watches for the list's first row under a settled main.
function watchFirstRow(mark: string): void {
  const world = globalThis as unknown as Record<string, { dom: number; paint?: number } | undefined>;
  const observer = new MutationObserver(() => {
    if (world[mark] || !document.querySelector('main.popup[aria-busy="false"] .todo-text')) return;
    const entry: { dom: number; paint?: number } = { dom: performance.now() };
    world[mark] = entry;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (entry.paint = performance.now()), 0));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

interface Open {
  dom: number;
  paint: number;
  ready: number;
}

async function openOnce(browser: ExtensionBrowser): Promise<Open> {
  const popup: Page = await browser.context.newPage();
  try {
    await popup.addInitScript(watchFirstRow, RENDER_MARK);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const handle = await popup.waitForFunction(
      (mark) => (globalThis as unknown as Record<string, { dom: number; paint?: number } | undefined>)[mark]?.paint !== undefined
        ? (globalThis as unknown as Record<string, { dom: number; paint: number }>)[mark]
        : undefined,
      RENDER_MARK,
      { timeout: 30_000 },
    );
    const { dom, paint } = (await handle.jsonValue()) as { dom: number; paint: number };
    const ready = await popup.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? Number.NaN,
    );
    return { dom, paint, ready };
  } finally {
    await popup.close();
  }
}

/**
 * Seeds the extension's own database with 5,000 to-dos through an extension page (real
 * IndexedDB), then opens the popup repeatedly and times its first rendered row.
 */
export async function timePopupRender(browser: ExtensionBrowser): Promise<PopupRender> {
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
  const runs: Open[] = [];
  for (let i = 0; i < POPUP_RUNS; i++) runs.push(await openOnce(browser));
  return {
    todos,
    firstRenderMs: median(runs.map((r) => r.dom)),
    firstPaintMs: median(runs.map((r) => r.paint)),
    domReadyMs: median(runs.map((r) => r.ready)),
    listQueryMs: median(list.slice(1)),
    runs: runs.length,
  };
}
