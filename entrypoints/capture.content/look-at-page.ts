import { browser } from 'wxt/browser';
import { firstLook } from '../../core/first-look';
import { autoCaptureRefusal } from '../../lib/capture-policy';
import { AUTO_CAPTURE_SEEN_FLAG, AUTO_EXTRACT_FLAG, type AutoExtractRequest } from '../../lib/world-flags';
import { sendMessage } from '../../lib/messaging';
import { pageKey } from '../../lib/page-key';
import { readSettings } from '../../lib/read-settings';
import { whenIdle } from './when-idle';

/** Pages with more elements than this are left alone: analysing them would cost the reader. */
const MAX_AUTO_ELEMENTS = 30_000;
/**
 * The first look reads at most a few thousand characters (1–3 ms warm), but every page starts
 * the script cold, and a busy machine stretches that several times: past this it gives up. It
 * runs as one task on the page's thread, so this stays well under the 200 ms a page may be
 * kept waiting (RELIABILITY.md), on the retry too.
 */
const LOOK_BUDGET_MS = 150;
/**
 * A look out of time may only mean a busy machine or a cold start: one later try, warm, with the
 * same budget (a larger one would block the page for longer in one task).
 */
const RETRY_AFTER_MS = 3000;

/** The addresses already looked at in this document (shared by every injection of the script). */
function seenPages(): Set<string> {
  const world = globalThis as Record<string, unknown>;
  const seen = world[AUTO_CAPTURE_SEEN_FLAG];
  if (seen instanceof Set) return seen as Set<string>;
  const fresh = new Set<string>();
  world[AUTO_CAPTURE_SEEN_FLAG] = fresh;
  return fresh;
}

/** Leaves the cost in the page's performance timeline, where benchmarks (and curious users) read it. */
function recordCost(ms: number): void {
  performance.measure?.('actionable:analysis', { start: performance.now() - ms, duration: ms });
}

/**
 * Auto-capture's step on every page: at most once per address in this visit, only where the
 * user's settings allow, in an idle slot, the cheap first look. Only when it says "could be
 * advice" does the background inject the extractor (entrypoints/extract.content), so the full
 * rules are never loaded on the pages that are not articles — most of them.
 */
export async function lookAtPage(): Promise<void> {
  const key = pageKey(location.href);
  const seen = seenPages();
  if (seen.has(key)) return;
  const firstRun = seen.size === 0;
  seen.add(key);
  const settings = await readSettings();
  const context = { url: location.href, incognito: browser.extension?.inIncognitoContext === true, settings, now: Date.now() };
  if (autoCaptureRefusal(context)) return;
  await whenIdle();
  // The reader moved on while we waited: the navigation follower handles the new address.
  if (pageKey(location.href) !== key) return;
  if (document.getElementsByTagName('*').length > MAX_AUTO_ELEMENTS) return;
  let look = firstLook(document, { budgetMs: LOOK_BUDGET_MS });
  if (look.truncated && look.ms >= LOOK_BUDGET_MS) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    await whenIdle();
    if (pageKey(location.href) !== key) return;
    look = firstLook(document, { budgetMs: LOOK_BUDGET_MS });
  }
  if (!look.pass) {
    recordCost(look.ms);
    return;
  }
  const request: AutoExtractRequest = { key, firstRun, lookMs: look.ms };
  (globalThis as Record<string, unknown>)[AUTO_EXTRACT_FLAG] = request;
  await sendMessage('extractHere', {});
}
