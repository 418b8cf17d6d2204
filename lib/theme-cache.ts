/**
 * The theme last applied in any of the extension's pages, kept in their shared localStorage so a
 * page can colour its first frame before its storage read answers (lib/theme.ts keeps it; the
 * popup's first script applies it). Apart from lib/theme.ts so that script does not load
 * wxt/storage.
 */
const THEME_CACHE_KEY = 'actionable.theme';

// The theme names live here, not in lib/theme.ts, so the first script can check them without it.
export type ThemePreference = 'system' | 'light' | 'dark';
export const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

export function isThemePreference(value: unknown): value is ThemePreference {
  return (THEMES as readonly unknown[]).includes(value);
}

export function cacheTheme(theme: ThemePreference): void {
  try {
    globalThis.localStorage?.setItem(THEME_CACHE_KEY, theme);
  } catch {
    // Storage unavailable: the page follows the stored choice a moment later, as before.
  }
}

/** Sets data-theme from the cache ('system', or nothing cached: left to prefers-color-scheme). */
export function applyCachedTheme(root: HTMLElement = document.documentElement): void {
  try {
    const theme = globalThis.localStorage?.getItem(THEME_CACHE_KEY);
    if (isThemePreference(theme) && theme !== 'system') root.dataset.theme = theme;
  } catch {
    // As above.
  }
}
