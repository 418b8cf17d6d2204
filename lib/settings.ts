import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTING_KEYS, type AutoCaptureMode, type CaptureScope } from './setting-keys';

export type { AutoCaptureMode, CaptureScope } from './setting-keys';

// Extension pages and the background read and write settings through these items. Each has a
// version: a later change of shape bumps it and adds a migration here, never a new key:
//   version: 2, migrations: { 2: (v1) => v2 },
// wxt runs it once per profile when the module loads, on the value every build so far stored
// with no version mark (read as v1), then marks it v2; a migration that throws leaves the old
// value in place for the next start. tests/lib/settings-migration.test.ts proves that path for
// every item; a real migration adds its old → new case there and, for backed-up settings, an
// old-shape import case to tests/backup/older-backups.test.ts (lib/backup-settings.ts checks
// file values against the current shape only).
// The content script reads the same keys raw (lib/read-settings.ts), tolerating old shapes.

/** What auto-capture takes: career and work advice (default) or any advice. */
export const captureScope = storage.defineItem<CaptureScope>(`local:${SETTING_KEYS.scope}`, {
  fallback: DEFAULT_SETTINGS.scope,
  version: 1,
});

/** Sites ("never on this site") auto-capture skips, as host names. */
export const blockedSites = storage.defineItem<string[]>(`local:${SETTING_KEYS.blockedSites}`, {
  fallback: DEFAULT_SETTINGS.blockedSites,
  version: 1,
});

/** Paused until this time (epoch ms); PAUSED_UNTIL_RESUMED: until turned back on; 0: running. */
export const pausedUntil = storage.defineItem<number>(`local:${SETTING_KEYS.pausedUntil}`, {
  fallback: DEFAULT_SETTINGS.pausedUntil,
  version: 1,
});

/** Show the small "8 to-dos saved" notice in the page after a capture. */
export const showNotice = storage.defineItem<boolean>(`local:${SETTING_KEYS.showNotice}`, {
  fallback: DEFAULT_SETTINGS.showNotice,
  version: 1,
});

/** Which granted sites auto-capture runs on: all of them, or only those the user added. */
export const autoCaptureMode = storage.defineItem<AutoCaptureMode>(`local:${SETTING_KEYS.autoCaptureMode}`, {
  fallback: DEFAULT_SETTINGS.autoCaptureMode,
  version: 1,
});

/** The sites the user added for 'chosen-sites' mode, as host names. */
export const chosenSites = storage.defineItem<string[]>(`local:${SETTING_KEYS.chosenSites}`, {
  fallback: DEFAULT_SETTINGS.chosenSites,
  version: 1,
});

/** Capture in private/incognito windows too; off unless the user turns it on. */
export const captureInPrivate = storage.defineItem<boolean>(`local:${SETTING_KEYS.captureInPrivate}`, {
  fallback: DEFAULT_SETTINGS.captureInPrivate,
  version: 1,
});

/** The settings whose change alters where the capture script is registered. */
export const REGISTRATION_SETTINGS = [blockedSites, pausedUntil, autoCaptureMode, chosenSites] as const;
