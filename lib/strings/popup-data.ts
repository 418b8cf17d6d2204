import { onLocale } from '../i18n/current-locale';
import type { Localized } from '../i18n/locale';

// User-visible strings of the popup's ways out to options and export, in each language
// (how to add one: lib/i18n/current-locale.ts).

const en = {
  options: 'Options',
  copyMarkdown: 'Copy as Markdown',
  copyMarkdownLabel: (title: string) => `Copy ${title} as Markdown`,
  copied: 'Copied',
  copyFailed: 'Could not copy',
};

const ja: typeof en = {
  options: '設定',
  copyMarkdown: 'Markdown でコピー',
  copyMarkdownLabel: (title) => `「${title}」を Markdown でコピー`,
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした',
};

export const POPUP_DATA_TABLE: Localized<typeof en> = { en, ja };
/** The popup's options and export strings in the current language (a live binding). */
export let POPUP_DATA = en;
onLocale((locale) => {
  POPUP_DATA = POPUP_DATA_TABLE[locale];
});
