import { browser, type Browser } from 'wxt/browser';
import type { ActionableDB } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { settle } from '../../lib/pending-captures';
import type { CaptureOutcome } from '../../lib/protocol';
import { validateCapture } from '../../lib/validate-capture';

async function showCount(tabId: number | undefined, count: number): Promise<void> {
  if (tabId === undefined) return;
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' });
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
    outcome = { status: 'error', message: 'This page sent something Actionable cannot store.' };
  } else if (checked.value.items.length === 0) {
    outcome = { status: 'none' };
  } else {
    outcome = await store(database, checked.value);
    if (outcome.status === 'added') await showCount(tabId, outcome.total).catch(() => undefined);
  }
  if (tabId !== undefined) settle(tabId, outcome);
  return outcome;
}

async function store(database: ActionableDB, capture: Parameters<typeof storeCapture>[1]): Promise<CaptureOutcome> {
  try {
    const result = await storeCapture(database, capture);
    return { status: 'added', ...result };
  } catch (error) {
    const full = error instanceof Error && /quota/i.test(error.name + error.message);
    console.error('Actionable: could not store a capture', error);
    return {
      status: 'error',
      message: full
        ? 'Your disk is full, so this page was not saved. Everything saved before is safe.'
        : 'This page could not be saved. Everything saved before is safe.',
    };
  }
}
