/**
 * The auto-capture settings as stored (browser.storage.local keys) with their defaults. Kept apart
 * from lib/settings.ts so the content script can read them raw, without bundling wxt/storage
 * (~3.7 KB gzipped, a fifth of the content script's budget).
 */
export type CaptureScope = 'career' | 'all';
export type AutoCaptureMode = 'all-sites' | 'chosen-sites';

export interface CaptureSettings {
  /** 'career' (default): career and work advice only; 'all': any advice. */
  scope: CaptureScope;
  /** Hosts (lower case, no "www.") where auto-capture never runs, subdomains included. */
  blockedSites: string[];
  /** Epoch ms until which auto-capture is paused; 0: not paused. */
  pausedUntil: number;
  /** Show the in-page "8 to-dos saved" notice after a capture. */
  showNotice: boolean;
  /** 'all-sites': every granted web origin; 'chosen-sites': only the sites the user added. */
  autoCaptureMode: AutoCaptureMode;
  /** Hosts the user added in 'chosen-sites' mode. */
  chosenSites: string[];
  /** Capture in private/incognito windows too (the browser must also allow the extension there). */
  captureInPrivate: boolean;
}

/** storage.local key of each setting (wxt/storage items use them with the `local:` prefix). */
export const SETTING_KEYS = {
  scope: 'captureScope',
  blockedSites: 'blockedSites',
  pausedUntil: 'pausedUntil',
  showNotice: 'showNotice',
  autoCaptureMode: 'autoCaptureMode',
  chosenSites: 'chosenSites',
  captureInPrivate: 'captureInPrivate',
} as const satisfies Record<keyof CaptureSettings, string>;

export const DEFAULT_SETTINGS: Readonly<CaptureSettings> = Object.freeze({
  scope: 'career',
  blockedSites: [],
  pausedUntil: 0,
  showNotice: true,
  autoCaptureMode: 'all-sites',
  chosenSites: [],
  captureInPrivate: false,
});

/** "Paused until turned back on": a time that never comes. */
export const PAUSED_UNTIL_RESUMED = Number.MAX_SAFE_INTEGER;
