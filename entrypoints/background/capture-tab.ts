import { browser } from 'wxt/browser';
import { EXTRACT_SCRIPT_FILE } from '../../lib/auto-capture-registration';
import { isCapturableUrl } from '../../lib/capture-policy';
import { MANUAL_CAPTURE_FLAG } from '../../lib/world-flags';
import { settle, waitForCapture } from '../../lib/pending-captures';
import { BACKGROUND } from '../../lib/strings/background';
import type { CaptureOutcome } from '../../lib/protocol';


export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/**
 * "Capture this page": marks the tab's content-script world as a manual request, runs the
 * extractor there (activeTab is enough, no host permission), and waits for its capture.
 */
export async function captureTab(tabId: number): Promise<CaptureOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  // Without activeTab or host access the URL is hidden; executeScript then decides.
  if (tab?.url !== undefined && !isCapturableUrl(tab.url)) return { status: 'unsupported', reason: BACKGROUND.unsupported };
  const answer = waitForCapture(tabId);
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (flag: string) => {
        (globalThis as Record<string, unknown>)[flag] = true;
      },
      args: [MANUAL_CAPTURE_FLAG],
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT_FILE] });
  } catch {
    const outcome: CaptureOutcome = { status: 'unsupported', reason: BACKGROUND.unsupported };
    settle(tabId, outcome);
    return outcome;
  }
  return answer;
}
