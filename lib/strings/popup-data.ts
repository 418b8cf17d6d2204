/** User-visible strings of the popup's ways out to options and export (one module per surface). */
export const POPUP_DATA = {
  options: 'Options',
  copyMarkdown: 'Copy as Markdown',
  copyMarkdownLabel: (title: string) => `Copy ${title} as Markdown`,
  copied: 'Copied',
  copyFailed: 'Could not copy',
} as const;
