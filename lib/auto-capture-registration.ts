import { browser } from 'wxt/browser';
import { isPaused } from './capture-policy';
import { readSettings } from './read-settings';
import type { CaptureSettings } from './setting-keys';
import { sitePatterns } from './site-block';

export const CAPTURE_SCRIPT_ID = 'actionable-capture';
/** Where WXT builds `entrypoints/capture.content/`. */
export const CAPTURE_SCRIPT_FILE = '/content-scripts/capture.js';
/** Where WXT builds `entrypoints/extract.content/`: injected on demand, never registered. */
export const EXTRACT_SCRIPT_FILE = '/content-scripts/extract.js';
/** What the user grants when turning auto-capture on: every web page, never browser pages. */
export const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

/** The granted origins auto-capture may run on: web (http/https) patterns only. */
export function autoCaptureMatches(origins: readonly string[]): string[] {
  const matches = new Set<string>();
  for (const origin of origins) {
    if (origin === '<all_urls>' || origin === '*://*/*') WEB_ORIGINS.forEach((o) => matches.add(o));
    else if (/^(https?|\*):\/\//.test(origin)) matches.add(origin);
  }
  return [...matches].sort();
}

/** True when a granted web pattern lets the extension read pages matching `pattern`. */
export function isCoveredBy(pattern: string, granted: readonly string[]): boolean {
  const scheme = pattern.slice(0, pattern.indexOf('://'));
  return granted.includes(pattern) || granted.includes(`${scheme}://*/*`);
}

/** Where the capture script should run, or null for nowhere. */
export interface Registration {
  matches: string[];
  excludeMatches: string[];
}

/**
 * Where auto-capture runs, from what the browser granted and what the user chose: nowhere while
 * paused; in 'chosen-sites' mode only the granted sites the user added; never on blocked sites.
 */
export function desiredRegistration(granted: readonly string[], settings: CaptureSettings, now: number): Registration | null {
  if (isPaused(settings.pausedUntil, now)) return null;
  const web = autoCaptureMatches(granted);
  const matches =
    settings.autoCaptureMode === 'chosen-sites'
      ? settings.chosenSites.flatMap((site) => sitePatterns(site)).filter((p) => isCoveredBy(p, web))
      : web;
  if (matches.length === 0) return null;
  return { matches: [...new Set(matches)].sort(), excludeMatches: [...new Set(settings.blockedSites.flatMap((site) => sitePatterns(site)))].sort() };
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const sorted = [...(a ?? [])].sort();
  return sorted.length === b.length && sorted.every((v, i) => v === b[i]);
}

async function applyRegistration(wanted: Registration | null): Promise<void> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [CAPTURE_SCRIPT_ID] });
  if (current && wanted && sameList(current.matches, wanted.matches) && sameList(current.excludeMatches, wanted.excludeMatches)) return;
  // Replace rather than update: clearing excludeMatches through an update differs between browsers.
  if (current) await browser.scripting.unregisterContentScripts({ ids: [CAPTURE_SCRIPT_ID] });
  if (!wanted) return;
  await browser.scripting.registerContentScripts([
    {
      id: CAPTURE_SCRIPT_ID,
      js: [CAPTURE_SCRIPT_FILE],
      matches: wanted.matches,
      ...(wanted.excludeMatches.length ? { excludeMatches: wanted.excludeMatches } : {}),
      runAt: 'document_idle',
      allFrames: false,
    },
  ]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Registers the capture script where auto-capture may run now (nowhere: unregistered).
 * Calls are queued so that bursts of permission and settings events cannot register it twice.
 * Resolves with the registration now in force.
 */
export function syncAutoCapture(now: () => number = Date.now): Promise<Registration | null> {
  const run = queue.then(async () => {
    const [{ origins = [] }, settings] = await Promise.all([browser.permissions.getAll(), readSettings()]);
    const wanted = desiredRegistration(origins, settings, now());
    await applyRegistration(wanted);
    return wanted;
  });
  queue = run.catch(() => undefined);
  return run;
}
