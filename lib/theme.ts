import { storage } from 'wxt/utils/storage';
import { cacheTheme, isThemePreference, type ThemePreference } from './theme-cache';

export { isThemePreference, THEMES, type ThemePreference } from './theme-cache';

/** The colour theme the user chose in options ('system': follow the operating system). */
export const themePreference = storage.defineItem<ThemePreference>('local:theme', {
  fallback: 'system',
  version: 1,
});

/**
 * Sets `data-theme` on the page's root (the stylesheets key their colours on it) and keeps it in
 * step with the stored choice, so a change in options recolours an open popup at once.
 * 'system' removes the attribute: the stylesheets then follow prefers-color-scheme.
 */
export function followTheme(root: HTMLElement = document.documentElement): () => void {
  const apply = (theme: ThemePreference) => {
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    cacheTheme(theme);
  };
  void themePreference.getValue().then(apply);
  return themePreference.watch((theme) => apply(isThemePreference(theme) ? theme : 'system'));
}
