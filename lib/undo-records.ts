import { browser } from 'wxt/browser';
import type { CaptureChange } from '../db/undoable-capture';

/**
 * How long the in-page Undo stays possible. The notice hides itself far sooner; this only bounds
 * what the background keeps around.
 */
export const UNDO_WINDOW_MS = 30 * 60_000;
/** Captures remembered for Undo at most; older ones are dropped first. */
const MAX_UNDO_RECORDS = 50;
/** storage.session survives the MV3 worker's restarts, is wiped with the browser session and is not exposed to content scripts. */
const KEY = 'undoableCaptures';

export interface UndoRecord {
  tabId: number;
  at: number;
  change: CaptureChange;
}

type Records = Record<string, UndoRecord>;

async function load(): Promise<Records> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Records) : {};
}

/** Remembers what a capture changed; resolves with the id the notice's Undo will name. */
export async function rememberCapture(tabId: number, change: CaptureChange, now = Date.now()): Promise<string> {
  const captureId = crypto.randomUUID();
  const records = await load();
  const kept = Object.entries(records)
    .filter(([, r]) => now - r.at < UNDO_WINDOW_MS)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_UNDO_RECORDS - 1);
  await browser.storage.session.set({ [KEY]: { ...Object.fromEntries(kept), [captureId]: { tabId, at: now, change } } });
  return captureId;
}

/**
 * Hands over (and forgets) a capture's record, only to the tab it came from and only within the
 * undo window: a page cannot undo another tab's capture, nor one capture twice.
 */
export async function takeCapture(captureId: string, tabId: number, now = Date.now()): Promise<UndoRecord | undefined> {
  const records = await load();
  const record = Object.hasOwn(records, captureId) ? records[captureId] : undefined;
  if (!record || record.tabId !== tabId || now - record.at >= UNDO_WINDOW_MS) return undefined;
  delete records[captureId];
  await browser.storage.session.set({ [KEY]: records });
  return record;
}
