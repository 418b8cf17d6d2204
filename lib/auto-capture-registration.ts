import { browser } from 'wxt/browser';

export const CAPTURE_SCRIPT_ID = 'actionable-capture';
/** Where WXT builds `entrypoints/capture.content/`. */
export const CAPTURE_SCRIPT_FILE = '/content-scripts/capture.js';
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

async function grantedMatches(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return autoCaptureMatches(origins);
}

async function applyRegistration(matches: string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CAPTURE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [CAPTURE_SCRIPT_ID] });
    return;
  }
  const script = {
    id: CAPTURE_SCRIPT_ID,
    js: [CAPTURE_SCRIPT_FILE],
    matches,
    runAt: 'document_idle' as const,
    allFrames: false,
  };
  if (registered.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Registers the capture script for exactly the granted web origins (none: unregistered).
 * Calls are queued so that bursts of permission events cannot register the script twice.
 * Resolves with the matches now in force.
 */
export function syncAutoCapture(): Promise<string[]> {
  const run = queue.then(async () => {
    const matches = await grantedMatches();
    await applyRegistration(matches);
    return matches;
  });
  queue = run.catch(() => undefined);
  return run;
}
