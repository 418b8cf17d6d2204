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
 *   tests/i18n/ checks both languages carry every key, and that every key is used somewhere.
 *   Manifest strings (name, description, command names) live in public/_locales/{en,ja}/messages.json.
 *
 * Pages call followUiLanguage() (lib/i18n/follow-ui-language.ts) before their first render.
 */
import type { Locale } from './locale';

let current: Locale = 'en';
const followers: ((locale: Locale) => void)[] = [];

/** The language the interface speaks now. */
export function currentLocale(): Locale {
  return current;
}

/** Switches the interface language: every table registered with onLocale() follows at once. */
export function setLocale(locale: Locale): void {
  current = locale;
  for (const follow of followers) follow(locale);
}

/** Calls `follow` with the current language now, and again on every setLocale(). */
export function onLocale(follow: (locale: Locale) => void): void {
  followers.push(follow);
  follow(current);
}
