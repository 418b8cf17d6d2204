import { storage } from 'wxt/utils/storage';
import { browserLanguages, type LanguagePreference, type Locale, resolveLocale } from './locale';

/** The interface language the user chose in options ('auto': follow the browser). */
export const uiLanguage = storage.defineItem<LanguagePreference>('local:uiLanguage', {
  fallback: 'auto',
  version: 1,
});

/** The language to show now. */
export async function currentLocale(): Promise<Locale> {
  return resolveLocale(await uiLanguage.getValue(), browserLanguages());
}
