import type { Browser } from 'wxt/browser';
import type { ActionableDB } from '../../db/database';
import { storeUndoableCapture } from '../../db/undoable-capture';
import { settle } from '../../lib/pending-captures';
import { BACKGROUND } from '../../lib/strings/background';
import type { CaptureOutcome, PageCapture } from '../../lib/protocol';
import { rememberCapture } from '../../lib/undo-records';
import { validateCapture } from '../../lib/validate-capture';
import { autoCaptureRefusalFor } from './auto-capture-gate';
import { showCount } from './badge';

let lastStamp = 0;

/** Each capture gets its own time stamp, so its new to-dos can be told apart for Undo. */
function uniqueNow(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

/** Validates and stores one capture from a content script; tells a waiting popup how it went. */
export async function handleCapture(
  database: ActionableDB,
  data: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<CaptureOutcome> {
  const tabId = sender.tab?.id;
  const checked = validateCapture(data);
  let outcome: CaptureOutcome;
  if (!checked.ok) {
    console.warn(`Actionable: refused a capture from ${sender.url}: ${checked.reason}`);
    outcome = { status: 'error', message: BACKGROUND.cannotStore };
  } else if (checked.value.items.length === 0) {
    outcome = { status: 'none' };
  } else {
    const refusal = checked.value.via === 'auto' ? await autoCaptureRefusalFor(sender) : null;
    if (refusal) {
      console.info(`Actionable: auto-capture refused on ${sender.url} (${refusal})`);
      outcome = { status: 'none' };
    } else {
      outcome = await store(database, checked.value, tabId);
      if (outcome.status === 'added') await showCount(tabId, outcome.total).catch(() => undefined);
    }
  }
  if (tabId !== undefined) settle(tabId, outcome);
  return outcome;
}

async function store(database: ActionableDB, capture: PageCapture, tabId: number | undefined): Promise<CaptureOutcome> {
  try {
    const { result, change } = await storeUndoableCapture(database, capture, uniqueNow());
    const undoable = tabId !== undefined && change.addedIds.length > 0;
    const captureId = undoable ? await rememberCapture(tabId, change).catch(() => undefined) : undefined;
    return { status: 'added', ...result, ...(captureId ? { captureId } : {}) };
  } catch (error) {
    const full = error instanceof Error && /quota/i.test(error.name + error.message);
    console.error('Actionable: could not store a capture', error);
    return {
      status: 'error',
      message: full ? BACKGROUND.diskFull : BACKGROUND.notSaved,
    };
  }
}
