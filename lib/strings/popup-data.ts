import { followTable, type Tables } from '../i18n/current-locale';

// User-visible strings of the popup's ways out to options and export, in each language
// (how to add one: lib/i18n/current-locale.ts).

const en = {
  options: 'Options',
  copyMarkdown: 'Copy as Markdown',
  copyMarkdownLabel: (title: string) => `Copy ${title} as Markdown`,
  copied: 'Copied',
  copyFailed: 'Could not copy',
};

export type PopupDataStrings = typeof en;
/** Japanese loads only when chosen: the popup's bundle has a size budget (tests/size-budget.test.ts). */
export const POPUP_DATA_TABLE: Tables<PopupDataStrings> = { en, ja: () => import('./ja/popup-data').then((m) => m.POPUP_DATA_JA) };
/** The popup's options and export strings in the current language (a live binding). */
export let POPUP_DATA = en;
followTable(POPUP_DATA_TABLE, (table) => {
  POPUP_DATA = table;
});
