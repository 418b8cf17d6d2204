import { analyzePage } from '../../core/analyze-page';
import { AUTO_CAPTURE_DONE_FLAG, MANUAL_CAPTURE_FLAG } from '../../lib/manual-capture-flag';
import { sendMessage } from '../../lib/messaging';
import { toPageCapture } from '../../lib/page-capture';
import { autoCapture } from './auto-capture';
import { followNavigation } from './follow-navigation';

/** Takes the one-shot "Capture this page" request the background left in this world. */
function takeManualRequest(): boolean {
  const world = globalThis as Record<string, unknown>;
  const manual = world[MANUAL_CAPTURE_FLAG] === true;
  delete world[MANUAL_CAPTURE_FLAG];
  return manual;
}

/** The page is followed automatically once per document, however often the script is injected. */
function claimAutoRun(): boolean {
  const world = globalThis as Record<string, unknown>;
  if (world[AUTO_CAPTURE_DONE_FLAG]) return false;
  world[AUTO_CAPTURE_DONE_FLAG] = true;
  return true;
}

/**
 * Asked by the user ("Capture this page"): reads the page at once, any advice, and always
 * answers, even with nothing found. Registered for auto-capture: reads this page and each page
 * a single-page app shows next (lib/page-key.ts decides what "next" is), never changing them.
 */
export async function runCapture(): Promise<void> {
  if (takeManualRequest()) {
    const analysis = analyzePage(document, location.href, { scope: 'all' });
    await sendMessage('capture', toPageCapture(analysis, location.href, 'manual'));
    return;
  }
  if (!claimAutoRun()) return;
  followNavigation(() => void autoCapture());
  await autoCapture();
}
