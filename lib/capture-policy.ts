import type { PageAnalysis } from '../core/types';
import type { CaptureScope } from './settings';

/** Auto-capture keeps only advice in the user's scope that has something to do. */
export function isWantedAutoCapture(analysis: PageAnalysis, scope: CaptureScope): boolean {
  return analysis.isAdvice && (scope === 'all' || analysis.career) && analysis.items.length > 0;
}

/** Pages the extension may read: the web only, never browser, extension, file or store pages. */
export function isCapturableUrl(url: string | undefined): boolean {
  if (!url || !/^https?:\/\//i.test(url)) return false;
  try {
    const { hostname, pathname } = new URL(url);
    // Browsers forbid scripts on their own stores; say so instead of failing.
    if (hostname === 'chromewebstore.google.com' || hostname === 'addons.mozilla.org') return false;
    return !(hostname === 'chrome.google.com' && pathname.startsWith('/webstore'));
  } catch {
    return false;
  }
}
