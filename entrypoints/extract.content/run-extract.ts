import { analyzePage } from '../../core/analyze-page';
import { AUTO_EXTRACT_FLAG, type AutoExtractRequest, MANUAL_CAPTURE_FLAG } from '../../lib/world-flags';
import { sendMessage } from '../../lib/messaging';
import { toPageCapture } from '../../lib/page-capture';
import { autoCapture } from './auto-capture';

/** Takes (and clears) the one-shot request the background or the capture script left in this world. */
function take<T>(flag: string): T | undefined {
  const world = globalThis as Record<string, unknown>;
  const value = world[flag] as T | undefined;
  delete world[flag];
  return value;
}

/**
 * Asked by the user ("Capture this page"): reads the page at once, any advice, and always
 * answers, even with nothing found. Asked by the capture script: the automatic capture of the
 * address it looked at. Never changes the page.
 */
export async function runExtract(): Promise<void> {
  if (take<boolean>(MANUAL_CAPTURE_FLAG) === true) {
    const analysis = analyzePage(document, location.href, { scope: 'all', force: true });
    await sendMessage('capture', toPageCapture(analysis, location.href, 'manual'));
    return;
  }
  const request = take<AutoExtractRequest>(AUTO_EXTRACT_FLAG);
  if (request) await autoCapture(request);
}
