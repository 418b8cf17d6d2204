import type { CaptureOutcome } from './protocol';
import { BACKGROUND } from './strings/background';

/** How long "Capture this page" waits for the page's answer before saying it failed. */
export const MANUAL_CAPTURE_TIMEOUT_MS = 15_000;

const waiting = new Map<number, (outcome: CaptureOutcome) => void>();

/** Waits for the capture a tab was asked for; a newer request for the same tab replaces it. */
export function waitForCapture(tabId: number, timeoutMs = MANUAL_CAPTURE_TIMEOUT_MS): Promise<CaptureOutcome> {
  waiting.get(tabId)?.({ status: 'error', message: BACKGROUND.replaced });
  return new Promise((resolve) => {
    const timer = setTimeout(() => settle(tabId, { status: 'error', message: BACKGROUND.noAnswer }), timeoutMs);
    waiting.set(tabId, (outcome) => {
      clearTimeout(timer);
      waiting.delete(tabId);
      resolve(outcome);
    });
  });
}

/** Hands a tab's capture outcome to whoever is waiting for it (if anyone). */
export function settle(tabId: number, outcome: CaptureOutcome): void {
  waiting.get(tabId)?.(outcome);
}
