import type { PopupDataStrings } from '../popup-data';

// The Japanese of lib/strings/popup-data.ts, in its own module so that the popup loads it only when
// Japanese is chosen (how to add a string: lib/i18n/current-locale.ts).

export const POPUP_DATA_JA: PopupDataStrings = {
  options: '設定',
  copyMarkdown: 'Markdown でコピー',
  copyMarkdownLabel: (title) => `「${title}」を Markdown でコピー`,
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした',
};
