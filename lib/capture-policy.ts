import type { PageAnalysis } from '../core/types';
import type { CaptureScope, CaptureSettings } from './setting-keys';
import { isListedHost, siteOfUrl } from './site-block';

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

export function isPaused(pausedUntil: number, now: number): boolean {
  return now < pausedUntil;
}

/** Where and when automatic capture may run: the page, the window, and the user's settings. */
export interface AutoCaptureContext {
  url: string;
  incognito: boolean;
  settings: CaptureSettings;
  now: number;
}

/**
 * Why auto-capture must not run here, or null when it may. Checked by the content script before
 * it reads the page, and again by the background before it stores anything.
 */
export function autoCaptureRefusal({ url, incognito, settings, now }: AutoCaptureContext): string | null {
  if (!isCapturableUrl(url)) return 'not a web page';
  if (incognito && !settings.captureInPrivate) return 'private window';
  if (isPaused(settings.pausedUntil, now)) return 'paused';
  const site = siteOfUrl(url);
  if (isListedHost(site, settings.blockedSites)) return 'site blocked';
  if (settings.autoCaptureMode === 'chosen-sites' && !isListedHost(site, settings.chosenSites)) return 'site not chosen';
  return null;
}
