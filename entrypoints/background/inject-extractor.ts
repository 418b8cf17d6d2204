import { browser, type Browser } from 'wxt/browser';
import { EXTRACT_SCRIPT_FILE } from '../../lib/auto-capture-registration';
import { isCapturableUrl } from '../../lib/capture-policy';

/**
 * The capture script's first look passed: run the extractor in the same frame. The browser
 * itself refuses where the extension has no host access, so a page cannot widen its reach.
 */
export async function injectExtractor(sender: Browser.runtime.MessageSender): Promise<{ status: 'injected' } | { status: 'refused' }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isCapturableUrl(sender.url)) return { status: 'refused' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [EXTRACT_SCRIPT_FILE] });
    return { status: 'injected' };
  } catch (error) {
    console.warn('Actionable: could not inject the extractor', error);
    return { status: 'refused' };
  }
}
