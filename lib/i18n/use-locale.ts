import { useEffect, useState } from 'preact/hooks';
import { browserLanguages, type Locale, resolveLocale } from './locale';
import { uiLanguage } from './ui-language';

/** The interface language, following the user's choice live (options change → every open page). */
export function useLocale(): Locale {
  const [locale, setLocale] = useState<Locale>(() => resolveLocale('auto', browserLanguages()));
  useEffect(() => {
    const apply = (pref: Parameters<typeof resolveLocale>[0]) => setLocale(resolveLocale(pref, browserLanguages()));
    void uiLanguage.getValue().then(apply);
    return uiLanguage.watch(apply);
  }, []);
  return locale;
}
