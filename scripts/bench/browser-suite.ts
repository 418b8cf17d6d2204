import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_MEASURE, timeBrowserAnalysis, type BrowserPageTiming } from './browser-analysis';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import type { CorpusPage } from './corpus';
import { timeDb, type DbTimings } from './db-timing';
import type { NodePageTiming } from './node-timing';
import { timePopupRender, type PopupRender } from './popup-render';

export interface BrowserFigures {
  pages?: BrowserPageTiming[];
  db?: DbTimings;
  popup?: PopupRender;
}

/** Waits until the background has registered the capture script for the granted loopback origin. */
async function whenRegistered(browser: ExtensionBrowser): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const n = await browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length).catch(() => 0);
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the e2e build never registered its capture script');
}

/** Any advice, not only career advice, so every advice page's analysisMs reaches the database. */
async function captureAllAdvice(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => chrome.storage.local.set({ captureScope: 'all', showNotice: false }));
}

/**
 * Everything measured in one headless Chromium with the e2e build: the content script on every
 * corpus page, then db/ on real IndexedDB, then the popup over 5,000 seeded to-dos (in that
 * order: the seeding replaces what the page visits stored). Each part fails alone.
 */
export async function timeInChromium(
  e2eDir: string,
  pages: readonly CorpusPage[],
  node: readonly NodePageTiming[],
  progress: (line: string) => void,
  errors: string[],
  phases: Record<string, number>,
  popupOnly = false,
): Promise<BrowserFigures> {
  const out: BrowserFigures = {};
  const browser = await launchWithExtension(e2eDir);
  const attempt = async <T>(phase: string, what: string, run: () => Promise<T>): Promise<T | undefined> => {
    const start = Date.now();
    try {
      progress(`chromium: ${what}…`);
      return await run();
    } catch (error) {
      errors.push(`${what}: ${String(error).split('\n')[0]}`);
      return undefined;
    } finally {
      phases[phase] = (Date.now() - start) / 1000;
    }
  };
  try {
    if (popupOnly) {
      out.popup = await attempt('chromium_popup', 'popup first render', () => timePopupRender(browser, e2eDir));
      return out;
    }
    out.pages = await attempt('chromium_pages', 'content script on every page', async () => {
      await whenRegistered(browser);
      await captureAllAdvice(browser);
      const willStore = new Set(node.filter((p) => p.wouldCapture).map((p) => `/${p.set}/${p.slug}.html`));
      const script = readFileSync(join(e2eDir, 'content-scripts/capture.js'), 'utf8');
      return timeBrowserAnalysis(browser, { pages, willStore, hasMeasure: script.includes(ANALYSIS_MEASURE) }, progress);
    });
    out.db = await attempt('chromium_db', 'db on IndexedDB', () => timeDb(browser));
    out.popup = await attempt('chromium_popup', 'popup first render', () => timePopupRender(browser, e2eDir));
  } finally {
    await browser.close();
  }
  return out;
}
