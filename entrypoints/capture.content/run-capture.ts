import { analyzePage } from '../../core/analyze-page';
import { isWantedAutoCapture } from '../../lib/capture-policy';
import { AUTO_CAPTURE_DONE_FLAG, MANUAL_CAPTURE_FLAG } from '../../lib/manual-capture-flag';
import { sendMessage } from '../../lib/messaging';
import { toPageCapture } from '../../lib/page-capture';
import { captureScope } from '../../lib/settings';

/** Longest wait for an idle slot after load before analysing anyway. */
const IDLE_TIMEOUT_MS = 2000;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/** Takes the one-shot "Capture this page" request the background left in this world. */
function takeManualRequest(): boolean {
  const world = globalThis as Record<string, unknown>;
  const manual = world[MANUAL_CAPTURE_FLAG] === true;
  delete world[MANUAL_CAPTURE_FLAG];
  return manual;
}

/** Auto-capture runs once per document, however often the script is injected. */
function claimAutoRun(): boolean {
  const world = globalThis as Record<string, unknown>;
  if (world[AUTO_CAPTURE_DONE_FLAG]) return false;
  world[AUTO_CAPTURE_DONE_FLAG] = true;
  return true;
}

/**
 * Reads the live page (never changing it) and sends one capture to the background.
 * Asked by the user: always answers, even with nothing found. Automatic: waits for an idle
 * slot and sends only advice in the user's scope.
 */
export async function runCapture(): Promise<void> {
  const manual = takeManualRequest();
  if (!manual) {
    if (!claimAutoRun()) return;
    await whenIdle();
  }
  const scope = manual ? 'all' : await captureScope.getValue();
  const analysis = analyzePage(document, location.href, { scope });
  if (!manual && !isWantedAutoCapture(analysis, scope)) return;
  await sendMessage('capture', toPageCapture(analysis, location.href, manual ? 'manual' : 'auto'));
}
