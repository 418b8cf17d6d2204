import type { Page } from 'playwright-core';
import { servePages } from '../../tests/e2e/page-server';
import { median } from './stats';
import { bundleInPage } from './bundle';
import type { ExtensionBrowser } from './chromium';
import type { CorpusPage } from './corpus';
import { ANALYZE_BENCH_GLOBAL, type AnalyzeBenchApi } from './in-page/api';
import { storedAnalysisMsSince } from './stored-analysis';

/**
 * The user-timing entry the content script may leave for each analysis (run-capture.ts, see
 * BENCHMARKS.md): its duration is the analysis time. Visible from the page's main world.
 */
export const ANALYSIS_MEASURE = 'actionable:analysis';
/** How long to wait for the content script's figure after load (it waits for an idle slot first). */
const CONTENT_SCRIPT_WAIT_MS = 4_000;
/** Runs of the injected analyzePage per page: the first is cold (as the content script's is). */
const INJECTED_RUNS = 6;
/** A corpus page that has not loaded by then is skipped. */
const LOAD_TIMEOUT_MS = 20_000;

export interface BrowserPageTiming {
  set: CorpusPage['set'];
  slug: string;
  /** The content script's own figure, when it left one (mark) or stored the page (analysisMs). */
  contentScriptMs?: number;
  source?: 'measure' | 'analysisMs';
  /** The same analyzePage bundled and run in the page's main world: first (cold) run, and warm median. */
  injectedColdMs?: number;
  injectedWarmMs?: number;
}

async function poll<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The sum of the page's analysis entries: a budget overrun retries, and the reader pays for both. */
function measured(page: Page): Promise<number | undefined> {
  return page.evaluate((name) => {
    const entries = performance.getEntriesByName(name);
    return entries.length ? entries.reduce((sum, e) => sum + e.duration, 0) : undefined;
  }, ANALYSIS_MEASURE);
}

async function injected(page: Page, code: string): Promise<{ cold: number; warm: number }> {
  await page.evaluate(code);
  const { times } = await page.evaluate(
    ([name, runs]) => (globalThis as unknown as Record<string, AnalyzeBenchApi>)[name]!.analyze(runs),
    [ANALYZE_BENCH_GLOBAL, INJECTED_RUNS] as const,
  );
  return { cold: times[0]!, warm: median(times.slice(1)) };
}

export interface BrowserAnalysisInput {
  pages: readonly CorpusPage[];
  /** Pages Node's analyzePage would auto-capture (scope 'all'): the background stores these. */
  willStore: ReadonlySet<string>;
  /** The built content script leaves ANALYSIS_MEASURE entries. */
  hasMeasure: boolean;
}

/**
 * Opens every corpus page, served on loopback, in real headless Chromium with the e2e build
 * (which grants http://127.0.0.1/*, so auto-capture runs), and collects the content script's
 * own timing; then times the same analyzePage injected into the page.
 */
export async function timeBrowserAnalysis(
  browser: ExtensionBrowser,
  input: BrowserAnalysisInput,
  progress: (line: string) => void,
): Promise<BrowserPageTiming[]> {
  const key = (p: CorpusPage) => `/${p.set}/${p.slug}.html`;
  const server = await servePages(Object.fromEntries(input.pages.map((p) => [key(p), { file: p.file }])));
  // Saved pages point at the whole web: only loopback answers, so loads finish and nothing leaves.
  await browser.context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const code = await bundleInPage('analyze-entry');
  const tab = await browser.context.newPage();
  const out: BrowserPageTiming[] = [];
  try {
    for (const [i, page] of input.pages.entries()) {
      const timing: BrowserPageTiming = { set: page.set, slug: page.slug };
      const since = Date.now();
      try {
        await tab.goto(`${server.origin}${key(page)}`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
        const stored = input.willStore.has(key(page));
        if (input.hasMeasure) {
          timing.contentScriptMs = await poll(() => measured(tab), CONTENT_SCRIPT_WAIT_MS);
          if (timing.contentScriptMs !== undefined) timing.source = 'measure';
        } else if (stored) {
          timing.contentScriptMs = await poll(() => storedAnalysisMsSince(browser.worker, since), CONTENT_SCRIPT_WAIT_MS);
          if (timing.contentScriptMs !== undefined) timing.source = 'analysisMs';
        }
        const { cold, warm } = await injected(tab, code);
        timing.injectedColdMs = cold;
        timing.injectedWarmMs = warm;
      } catch (error) {
        progress(`chromium: ${page.set}/${page.slug} skipped: ${String(error).split('\n')[0]}`);
      }
      out.push(timing);
      progress(`chromium ${i + 1}/${input.pages.length} ${page.set}/${page.slug}: content script ${timing.contentScriptMs?.toFixed(2) ?? '–'} ms, injected ${timing.injectedColdMs?.toFixed(2) ?? '–'} ms`);
    }
  } finally {
    await tab.close();
    await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
    await server.close();
  }
  return out;
}
