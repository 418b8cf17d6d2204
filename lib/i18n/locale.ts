/** The languages Actionable's interface speaks. */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
/** What the user chose in options: follow the browser, or one language. */
export type LanguagePreference = 'auto' | Locale;

/** One value per language; TypeScript makes every language carry every key. */
export type Localized<T> = Record<Locale, T>;

/** The language to show: the user's choice, else the first browser language we speak, else English. */
export function resolveLocale(preference: LanguagePreference, browserLanguages: readonly string[]): Locale {
  if (preference !== 'auto') return preference;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LOCALES as readonly string[]).includes(base ?? '')) return base as Locale;
  }
  return 'en';
}

/** The browser's languages, in preference order, wherever this runs. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
