import { storage } from 'wxt/utils/storage';
import type { LanguagePreference } from './locale';

/** The interface language the user chose in options ('auto': follow the browser). */
export const uiLanguage = storage.defineItem<LanguagePreference>('local:uiLanguage', {
  fallback: 'auto',
  version: 1,
});
