import { browser } from 'wxt/browser';
import { browserLanguages, LOCALES, resolveLocale, type LanguagePreference, type Locale } from './locale';

/** Storage key of lib/i18n/ui-language.ts's item ('local:uiLanguage'), read raw. */
const UI_LANGUAGE_KEY = 'uiLanguage';

/**
 * The interface language for a content script: one raw storage read, without the wxt storage
 * layer, so the extractor's bundle stays small. A missing or odd value follows the browser.
 */
export async function readLocale(): Promise<Locale> {
  const raw = (await browser.storage.local.get(UI_LANGUAGE_KEY).catch(() => ({})))[UI_LANGUAGE_KEY as never] as unknown;
  const preference: LanguagePreference = (LOCALES as readonly unknown[]).includes(raw) ? (raw as Locale) : 'auto';
  return resolveLocale(preference, browserLanguages());
}
