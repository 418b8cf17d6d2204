import { browser, type Browser } from 'wxt/browser';
import { autoCaptureRefusal } from '../../lib/capture-policy';
import { readSettings } from '../../lib/read-settings';

/** The host permission a page needs: its scheme and host, any path (ports are not part of patterns). */
function originPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Why an automatic capture from this sender must be refused, or null to store it. The content
 * script checked first; this second look catches a tab that was open when the user paused,
 * blocked the site, or revoked the permission — so turning capture off takes effect at once.
 */
export async function autoCaptureRefusalFor(sender: Browser.runtime.MessageSender, now = Date.now()): Promise<string | null> {
  const url = sender.url ?? sender.tab?.url ?? '';
  const refusal = autoCaptureRefusal({ url, incognito: sender.tab?.incognito === true, settings: await readSettings(), now });
  if (refusal) return refusal;
  const pattern = originPattern(url);
  const granted = pattern !== null && (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
  return granted ? null : 'no host permission';
}
