import { followTable } from '../i18n/current-locale';
import type { Localized } from '../i18n/locale';

// What the background says: the right-click menu, reminders, and the answers to a capture the
// popup shows, in each language (how to add one: lib/i18n/current-locale.ts). The background
// follows the user's language choice too, and re-creates its menus when it changes.

const en = {
  // `%s` is the browser's placeholder for the selected text.
  menuAddSelection: 'Add “%s” as a to-do',
  menuCapturePage: 'Capture this page',
  snooze: 'Snooze 1 day',
  reminderNoArticle: 'Actionable',
  noPage: 'There is no page to capture.',
  unsupported: "This page can't be captured: browsers protect their own pages and stores.",
  noSiteToBlock: 'This page has no site to block.',
  cannotStore: 'This page sent something Actionable cannot store.',
  diskFull: 'Your disk is full, so this page was not saved. Everything saved before is safe.',
  notSaved: 'This page could not be saved. Everything saved before is safe.',
  replaced: 'A newer capture of this page replaced this one.',
  noAnswer: 'The page did not answer in time.',
  failed: 'Something went wrong saving this page. Nothing was lost.',
};

const ja: typeof en = {
  menuAddSelection: '「%s」を ToDo に追加',
  menuCapturePage: 'このページを Actionable に取り込む',
  snooze: '1 日後に再通知',
  reminderNoArticle: 'Actionable のリマインダー',
  noPage: '取り込むページがありません。',
  unsupported: 'このページは取り込めません。ブラウザの設定ページやストアは保護されています。',
  noSiteToBlock: 'このページにはブロックできるサイトがありません。',
  cannotStore: 'このページから保存できないデータが送られました。',
  diskFull: 'ディスクの空き容量がないため、このページは保存されませんでした。これまでに保存したデータは無事です。',
  notSaved: 'このページを保存できませんでした。これまでに保存したデータは無事です。',
  replaced: 'このページの新しい取り込みに置き換えられました。',
  noAnswer: 'ページから時間内に応答がありませんでした。',
  failed: 'このページの保存中に問題が起きました。失われたデータはありません。',
};

export const BACKGROUND_TABLE: Localized<typeof en> = { en, ja };
/** The background's strings in the current language (a live binding: setLocale() switches it). */
export let BACKGROUND = en;
followTable(BACKGROUND_TABLE, (table) => {
  BACKGROUND = table;
});
