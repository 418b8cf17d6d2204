/**
 * The interface language of this page, worker or content script, and the switch every string
 * table follows.
 *
 * HOW TO ADD A STRING (or a whole surface):
 *   1. In the surface's module under lib/strings/ (one module per surface), add the key to the
 *      `en` object, then to `ja` — TypeScript refuses a `ja` that lacks a key of `en` or has one
 *      more. Phrases with numbers are functions: `(n: number) => string`; format the number with
 *      formatCount() and pick the English plural with plural() (Japanese has none).
 *   2. Use it through the module's exported live binding: `OPTIONS.myKey` — never copy a string
 *      into a variable at module load (it would not follow a language change).
 *   3. A new surface module follows lib/strings/options.ts: `const en = {…}`, `const ja: typeof en`,
 *      `export const X_TABLE: Localized<typeof en> = { en, ja }`, `export let X = en`,
 *      `onLocale((l) => { X = X_TABLE[l]; })`, and gets a line in tests/i18n/tables.ts.
 *   A surface under a size budget (the popup) keeps `ja` in its own module, loaded only when
 *   Japanese is chosen: `followTable({ en, ja: () => import('./ja/x').then((m) => m.X_JA) }, …)`
 *   (see lib/popup-strings.ts); `ja` is still typed `typeof en` there.
 *   tests/i18n/ checks both languages carry every key, and that every key is used somewhere.
 *   Manifest strings (name, description, command names) live in public/_locales/{en,ja}/messages.json.
 *
 * Pages call followUiLanguage() (lib/i18n/follow-ui-language.ts) before their first render.
 */
import type { Locale } from './locale';

/** A language's table, or (for bundles under a size budget) a loader of it. */
type Source<T> = T | (() => Promise<T>);
/** English always at hand (the fallback); other languages at hand or loaded on demand. */
export type Tables<T extends object> = { en: T } & Record<Exclude<Locale, 'en'>, Source<T>>;

let current: Locale = 'en';
const followers: ((locale: Locale) => Promise<void> | void)[] = [];
/** Told when a table loaded after its language was set (a late import): the page re-renders. */
let lateLoaded: (() => void) | undefined;

/** The language the interface speaks now. */
export function currentLocale(): Locale {
  return current;
}

/**
 * Switches the interface language: every table registered with onLocale() follows — at once
 * when it is at hand, and by the time the returned promise settles when it must load.
 */
export function setLocale(locale: Locale): Promise<void> {
  current = locale;
  return Promise.all(followers.map((follow) => follow(locale))).then(() => undefined);
}

/** Calls `follow` with the current language now, and again on every setLocale(). */
export function onLocale(follow: (locale: Locale) => Promise<void> | void): void {
  followers.push(follow);
  const pending = follow(current);
  if (pending) void pending.then(() => lateLoaded?.());
}

/** `assign` gets the table of the current language now and after every switch (loading it if need be). */
export function followTable<T extends object>(tables: Tables<T>, assign: (table: T) => void): void {
  onLocale((locale) => {
    const source: Source<T> = tables[locale];
    if (typeof source !== 'function') return assign(source);
    return source().then(
      (table) => void (current === locale && assign(table)),
      () => assign(tables.en), // a chunk that failed to load: English rather than nothing
    );
  });
}

/** `rerender` runs when a table finished loading after the page had rendered in its language. */
export function onLateTable(rerender: () => void): void {
  lateLoaded = rerender;
}
