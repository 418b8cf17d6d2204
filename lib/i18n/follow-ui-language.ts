import { currentLocale, onLateTable, setLocale } from './current-locale';
import { browserLanguages, resolveLocale, type Locale } from './locale';
import { uiLanguage } from './ui-language';

/**
 * Sets the interface language from the user's choice (options) and the browser's languages, and
 * follows later changes of that choice: `changed` runs after each switch (re-render, re-create
 * menus). Resolves once the first language is set, so a page awaits it before its first render.
 */
export async function followUiLanguage(changed?: (locale: Locale) => void): Promise<Locale> {
  const apply = async (preference: Parameters<typeof resolveLocale>[0] | null) => {
    const locale = resolveLocale(preference ?? 'auto', browserLanguages());
    await setLocale(locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
    return locale;
  };
  if (changed) onLateTable(() => changed(currentLocale()));
  uiLanguage.watch((preference) => {
    const before = currentLocale();
    void apply(preference).then((locale) => locale !== before && changed?.(locale));
  });
  return apply(await uiLanguage.getValue().catch(() => 'auto' as const));
}
