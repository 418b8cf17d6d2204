import { browser } from 'wxt/browser';
import { parseSettings } from './parse-settings';
import { SETTING_KEYS, type CaptureSettings } from './setting-keys';

/** All auto-capture settings in one storage read (content script and background alike). */
export async function readSettings(): Promise<CaptureSettings> {
  const raw = await browser.storage.local.get(Object.values(SETTING_KEYS));
  return parseSettings(raw);
}
