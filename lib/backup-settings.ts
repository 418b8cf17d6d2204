import type { WxtStorageItem } from 'wxt/utils/storage';
import { type LanguagePreference } from './i18n/locale';
import { uiLanguage } from './i18n/ui-language';
import { autoCaptureMode, blockedSites, captureInPrivate, captureScope, chosenSites, showNotice } from './settings';
import { isReminderTime, reminderTime } from './reminder-time';
import { parseSite } from './site-block';
import { isThemePreference, themePreference } from './theme';

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
/** Site lists come back through the same check as a typed site, so a file cannot smuggle patterns. */
const isSiteList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_SITES && v.every((s) => typeof s === 'string' && parseSite(s) === s);
/** Far beyond any real block or chosen-site list. */
const MAX_SITES = 5_000;

interface BackedUpSetting {
  item: WxtStorageItem<any, Record<string, unknown>>;
  isValid: (value: unknown) => boolean;
}

/**
 * The settings a backup carries, by name, each with the check a value from a file must pass.
 * Not the pause: it is a moment's state, not a preference. Permissions are never in a backup;
 * chosen sites without a granted permission simply stay inactive.
 */
export const BACKED_UP_SETTINGS: Readonly<Record<string, BackedUpSetting>> = Object.freeze({
  captureScope: { item: captureScope, isValid: (v) => v === 'career' || v === 'all' },
  blockedSites: { item: blockedSites, isValid: isSiteList },
  showNotice: { item: showNotice, isValid: isBoolean },
  autoCaptureMode: { item: autoCaptureMode, isValid: (v) => v === 'all-sites' || v === 'chosen-sites' },
  chosenSites: { item: chosenSites, isValid: isSiteList },
  captureInPrivate: { item: captureInPrivate, isValid: isBoolean },
  uiLanguage: { item: uiLanguage, isValid: (v) => (['auto', 'en', 'ja'] satisfies LanguagePreference[] as unknown[]).includes(v) },
  theme: { item: themePreference, isValid: isThemePreference },
  reminderTime: { item: reminderTime, isValid: isReminderTime },
});

/** The current value of every backed-up setting, for a backup file. */
export async function readBackupSettings(): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(BACKED_UP_SETTINGS).map(async ([name, { item }]) => [name, await item.getValue()] as const),
  );
  return Object.fromEntries(entries);
}

/** Applies the known, valid settings of a backup; unknown names and bad values are skipped. Returns the names applied. */
export async function applyBackupSettings(settings: Record<string, unknown>): Promise<string[]> {
  const applied: string[] = [];
  for (const [name, value] of Object.entries(settings)) {
    const setting = Object.hasOwn(BACKED_UP_SETTINGS, name) ? BACKED_UP_SETTINGS[name] : undefined;
    if (!setting?.isValid(value)) continue;
    await setting.item.setValue(value);
    applied.push(name);
  }
  return applied;
}
