import { browser } from 'wxt/browser';
import { analyzePageInSlices } from '../../core/analyze-page';
import type { PageAnalysis } from '../../core/types';
import { autoCaptureRefusal, isWantedAutoCapture } from '../../lib/capture-policy';
import { type AutoExtractRequest, LAST_CANONICAL_FLAG } from '../../lib/world-flags';
import { sendMessage } from '../../lib/messaging';
import { toPageCapture } from '../../lib/page-capture';
import { pageKey } from '../../lib/page-key';
import { setLocale } from '../../lib/i18n/current-locale';
import { readLocale } from '../../lib/i18n/read-locale';
import { readSettings } from '../../lib/read-settings';
import type { CaptureScope } from '../../lib/setting-keys';
import { nextIdleSlot, whenIdle } from '../capture.content/when-idle';
import { showNotice } from './notice';

/**
 * Time budget for one automatic analysis; on overrun the page is skipped, not half-captured.
 * Every page starts the content script cold (no JIT warm-up): the seed article takes ~20 ms
 * warm but 70–200 ms cold on a busy 2-core machine, so 50 ms would drop real articles.
 */
const AUTO_BUDGET_MS = 200;
/** A run out of time may only mean a busy machine: one later try, in another idle slot, with this much more time. */
const RETRY_BUDGET_FACTOR = 3;
/**
 * The analysis hands the page its thread back between steps (first look, text, block walk,
 * rules); no step may run longer than this, on the retry too, so the page is never kept waiting
 * the 200 ms RELIABILITY.md allows. A step out of time ends the run (truncated, then retried).
 */
const SLICE_MS = 100;
/** How long to let a busy machine settle before that one retry. */
const RETRY_AFTER_MS = 3000;

/** Analyses the page in an idle slot, unless the reader moved on. */
async function analyseWhenIdle(key: string, scope: CaptureScope, budgetMs: number): Promise<PageAnalysis | undefined> {
  await whenIdle();
  // The reader moved on while we waited: the navigation follower handles the new address.
  if (pageKey(location.href) !== key) return undefined;
  const analysis = await analyzePageInSlices(document, location.href, { scope, budgetMs }, SLICE_MS, nextIdleSlot);
  // The reader moved on between two steps: this analysis read a page that is no longer shown.
  return pageKey(location.href) === key ? analysis : undefined;
}

/**
 * A single-page app often leaves the first article's <link rel=canonical> in place when it shows
 * the next one: a canonical that did not change while the address did is stale, so the address
 * names the article instead (otherwise the new article would merge into the old one). Kept in
 * the content-script world: this script is injected afresh for each article.
 */
function withFreshCanonical(analysis: PageAnalysis, firstRun: boolean): PageAnalysis {
  const world = globalThis as Record<string, unknown>;
  const stale = !firstRun && analysis.canonicalUrl === world[LAST_CANONICAL_FLAG];
  world[LAST_CANONICAL_FLAG] = analysis.canonicalUrl;
  return stale ? { ...analysis, canonicalUrl: location.href } : analysis;
}

/** Leaves the cost in the page's performance timeline, where benchmarks (and curious users) read it. */
function recordCost(ms: number): void {
  performance.measure?.('actionable:analysis', { start: performance.now() - ms, duration: ms });
}

/**
 * The automatic capture of a page whose first look passed (entrypoints/capture.content): the
 * full analysis within a time budget, the capture sent when it is advice in the user's scope,
 * and the notice when something new was saved.
 */
export async function autoCapture({ key, firstRun, lookMs }: AutoExtractRequest): Promise<void> {
  const settings = await readSettings();
  const context = { url: location.href, incognito: browser.extension?.inIncognitoContext === true, settings, now: Date.now() };
  if (autoCaptureRefusal(context)) return;
  let analysis = await analyseWhenIdle(key, settings.scope, AUTO_BUDGET_MS);
  // Out of time in some step (each is at least SLICE_MS then), not stopped by a cap on the page.
  if (analysis?.truncated && analysis.ms >= SLICE_MS) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    analysis = await analyseWhenIdle(key, settings.scope, AUTO_BUDGET_MS * RETRY_BUDGET_FACTOR);
  }
  if (analysis) recordCost(lookMs + analysis.ms);
  if (!analysis || analysis.truncated || !isWantedAutoCapture(analysis, settings.scope)) return;
  const outcome = await sendMessage('capture', toPageCapture(withFreshCanonical(analysis, firstRun), location.href, 'auto'));
  if (outcome?.status !== 'added' || outcome.added === 0 || !settings.showNotice) return;
  await setLocale(await readLocale()); // the notice speaks the user's chosen language
  const captureId = outcome.captureId;
  showNotice(outcome.added, {
    view: () => void sendMessage('showTodos', {}),
    undo: async () => captureId !== undefined && (await sendMessage('undoCapture', { captureId }))?.status === 'undone',
    never: async () => {
      const answer = await sendMessage('blockThisSite', {});
      return answer?.status === 'blocked' ? answer.site : null;
    },
  });
}
