/** Every user-visible string of the options page (one module per surface, for translation). */
export const OPTIONS = {
  pageTitle: 'Actionable options',
  heading: 'Options',
  // Auto-capture
  captureHeading: 'Auto-capture',
  // Appearance
  appearanceHeading: 'Language and appearance',
  themeLegend: 'Theme',
  theme: { system: 'Follow the system', light: 'Light', dark: 'Dark' },
  // Shortcuts
  shortcutsHeading: 'Keyboard shortcuts',
  noShortcut: 'Not set',
  openListCommand: 'Open the to-do list',
  shortcutsHowChrome: 'To change them in Chrome, open chrome://extensions/shortcuts.',
  shortcutsHowFirefox: 'In Firefox: about:addons → the gear menu → Manage Extension Shortcuts.',
  // Data
  dataHeading: 'Your data',
  counts: (todos: number, articles: number) =>
    `${todos === 1 ? '1 to-do' : `${todos} to-dos`} from ${articles === 1 ? '1 article' : `${articles} articles`} stored on this computer.`,
  countsLoading: 'Counting…',
  persistGranted: 'The browser keeps this data even when disk space runs low.',
  persistDenied: 'The browser may clear this data when disk space runs low. Export a backup from time to time.',
  persistUnknown: 'Checking whether the browser keeps this data…',
  exportHeading: 'Export',
  exportMarkdown: 'Markdown (checklists)',
  exportCsv: 'CSV (spreadsheet)',
  exportJson: 'JSON backup (everything, with settings)',
  exportFailed: 'The export failed. Please try again.',
  importHeading: 'Import a backup',
  importLabel: 'Choose a JSON backup file',
  importHint: 'To-dos already in the list are kept; the newer version of each wins. Importing the same file twice adds nothing.',
  importing: 'Importing…',
  imported: (todos: number, updated: number) =>
    `${todos === 1 ? '1 to-do' : `${todos} to-dos`} added` + (updated ? `, ${updated} updated.` : '.'),
  importFailed: (message: string) => `Nothing was imported. ${message}`,
  tooLarge: (mb: number) => `The file is larger than ${mb} MB: it is not an Actionable backup.`,
  importCrashed: 'Nothing was imported: the database refused the change. Please try again.',
} as const;
