import { followTable } from '../i18n/current-locale';
import { formatCount, plural } from '../i18n/format-count';
import type { Localized } from '../i18n/locale';
import type { DamageFault } from '../backup/parse-backup';

// Every user-visible string of the options page, in each language (how to add one: lib/i18n/current-locale.ts).

const en = {
  pageTitle: 'Actionable options',
  heading: 'Options',
  // Auto-capture
  captureHeading: 'Auto-capture',
  // Appearance
  appearanceHeading: 'Language and appearance',
  languageLegend: 'Language',
  // Each language's own name in both tables: a reader who can't read the current one finds theirs.
  language: { auto: 'Follow the browser', ja: '日本語', en: 'English' },
  themeLegend: 'Theme',
  theme: { system: 'Follow the system', light: 'Light', dark: 'Dark' },
  // Reminders
  remindersHeading: 'Reminders',
  reminderTimeLabel: 'Remind me on the due day at',
  reminderTimeHint: 'A to-do with a due date brings a browser notification at this time of that day.',
  // Shortcuts
  shortcutsHeading: 'Keyboard shortcuts',
  noShortcut: 'Not set',
  openListCommand: 'Open the to-do list',
  capturePageCommand: 'Capture this page',
  shortcutsHowChrome: 'To change them in Chrome, open chrome://extensions/shortcuts.',
  shortcutsHowFirefox: 'In Firefox: about:addons → the gear menu → Manage Extension Shortcuts.',
  // Data
  dataHeading: 'Your data',
  counts: (todos: number, articles: number) =>
    `${plural(todos, 'to-do', 'to-dos')} from ${plural(articles, 'article', 'articles')} stored on this computer.`,
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
    `${plural(todos, 'to-do', 'to-dos')} added` + (updated ? `, ${formatCount(updated)} updated.` : '.'),
  importFailed: (message: string) => `Nothing was imported. ${message}`,
  // Why a backup file was refused (lib/backup/parse-backup.ts's BackupProblem), one per kind.
  notJson: 'The file is not valid JSON: it may be truncated or not an Actionable backup.',
  foreignName: (name: string) => `This file uses the name "${name}", which no Actionable backup has: it was not made by Actionable.`,
  notBackup: 'This is not an Actionable backup file.',
  badVersion: (shown: string) => `This backup's format version ${shown} is not a number: the file is damaged.`,
  newerVersion: (version: number) =>
    `This backup was made by a newer version of Actionable (format ${formatCount(version)}); update Actionable first.`,
  unsupportedVersion: (version: number) => `This backup's format version ${formatCount(version)} is not supported.`,
  /** `field` names the file's field ("todos[3].text", the same in every language); `fault` is one of `damage`.
   * Limits are shown unformatted, as the file's own technical detail (the English matches parse-backup's message). */
  damaged: (field: string, fault: string) => `The backup is damaged: ${field} ${fault}.`,
  damage: {
    notObject: () => 'is not an object',
    notText: (max: number) => `is not text of at most ${max} characters`,
    notTime: () => 'is not a time',
    notBit: () => 'is not 0 or 1',
    notList: () => 'is not a list',
    tooMany: (max: number) => `has more than ${max} entries`,
    notWebAddress: () => 'is not a web address',
    notCaptureKind: () => 'is not a capture kind',
    noArticle: () => 'belongs to no article in the file',
    empty: () => 'is empty',
    forbiddenName: () => 'has a forbidden name',
  } satisfies Record<DamageFault, (max: number) => string> as Record<DamageFault, (max: number) => string>,
  tooLarge: (mb: number) => `The file is larger than ${formatCount(mb)} MB: it is not an Actionable backup.`,
  importCrashed: 'Nothing was imported: the database refused the change. Please try again.',
};

const ja: typeof en = {
  pageTitle: 'Actionable の設定',
  heading: '設定',
  captureHeading: '自動取り込み',
  appearanceHeading: '言語と表示',
  languageLegend: '言語',
  language: { auto: 'ブラウザの設定に合わせる', ja: '日本語', en: 'English' },
  themeLegend: 'テーマ',
  theme: { system: 'システムの設定に合わせる', light: 'ライト', dark: 'ダーク' },
  remindersHeading: 'リマインダー',
  reminderTimeLabel: '期日当日の通知時刻',
  reminderTimeHint: '期日を設定した ToDo は、その日のこの時刻にブラウザの通知でお知らせします。',
  shortcutsHeading: 'キーボードショートカット',
  noShortcut: '未設定',
  openListCommand: 'ToDo リストを開く',
  capturePageCommand: 'このページを取り込む',
  shortcutsHowChrome: 'Chrome で変更するには chrome://extensions/shortcuts を開いてください。',
  shortcutsHowFirefox: 'Firefox では about:addons → 歯車メニュー →「拡張機能のショートカットキーの管理」から変更できます。',
  dataHeading: 'データ',
  counts: (todos, articles) =>
    `${formatCount(articles)} 件の記事から ${formatCount(todos)} 件の ToDo をこのコンピューターに保存しています。`,
  countsLoading: '集計しています…',
  persistGranted: 'ディスクの空き容量が少なくなっても、ブラウザはこのデータを消去しません。',
  persistDenied: 'ディスクの空き容量が少なくなると、ブラウザがこのデータを消去することがあります。ときどきバックアップを書き出してください。',
  persistUnknown: 'ブラウザがこのデータを保持するか確認しています…',
  exportHeading: '書き出し',
  exportMarkdown: 'Markdown（チェックリスト）',
  exportCsv: 'CSV（表計算ソフト用）',
  exportJson: 'JSON バックアップ（設定を含むすべて）',
  exportFailed: '書き出しに失敗しました。もう一度お試しください。',
  importHeading: 'バックアップの読み込み',
  importLabel: 'JSON バックアップファイルを選択',
  importHint: 'リストにある ToDo はそのまま残り、それぞれ新しいほうが優先されます。同じファイルを 2 回読み込んでも何も増えません。',
  importing: '読み込んでいます…',
  imported: (todos, updated) =>
    `${formatCount(todos)} 件の ToDo を追加しました` + (updated ? `（${formatCount(updated)} 件を更新）。` : '。'),
  importFailed: (message) => `何も読み込まれませんでした。${message}`,
  notJson: 'ファイルが正しい JSON ではありません。途中で切れているか、Actionable のバックアップではない可能性があります。',
  foreignName: (name) => `このファイルには Actionable のバックアップにはない名前「${name}」が含まれています。Actionable で作成されたファイルではありません。`,
  notBackup: 'Actionable のバックアップファイルではありません。',
  badVersion: (shown) => `バックアップの形式バージョン ${shown} が数値ではありません。ファイルが壊れています。`,
  newerVersion: (version) => `このバックアップは新しいバージョンの Actionable で作成されています（形式 ${formatCount(version)}）。先に Actionable を更新してください。`,
  unsupportedVersion: (version) => `このバックアップの形式バージョン ${formatCount(version)} には対応していません。`,
  damaged: (field, fault) => `バックアップが壊れています（${field} ${fault}）。`,
  damage: {
    notObject: () => 'がオブジェクトではありません',
    notText: (max) => `が ${max} 文字以内のテキストではありません`,
    notTime: () => 'が時刻ではありません',
    notBit: () => 'が 0 でも 1 でもありません',
    notList: () => 'がリストではありません',
    tooMany: (max) => `の項目が ${max} 件を超えています`,
    notWebAddress: () => 'がウェブアドレスではありません',
    notCaptureKind: () => 'が取り込み方法の値ではありません',
    noArticle: () => 'がファイル内のどの記事にも属していません',
    empty: () => 'が空です',
    forbiddenName: () => 'に使えない名前があります',
  },
  tooLarge: (mb) => `ファイルが ${formatCount(mb)} MB を超えています。Actionable のバックアップではありません。`,
  importCrashed: '何も読み込まれませんでした。データベースが変更を受け付けませんでした。もう一度お試しください。',
};

export const OPTIONS_TABLE: Localized<typeof en> = { en, ja };
/** The options page's strings in the current language (a live binding: setLocale() switches it). */
export let OPTIONS = en;
followTable(OPTIONS_TABLE, (table) => {
  OPTIONS = table;
});
