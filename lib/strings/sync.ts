import { followTable } from '../i18n/current-locale';
import { formatCount, plural } from '../i18n/format-count';
import type { Localized } from '../i18n/locale';

// The options page's sync section, in each language (how to add one: lib/i18n/current-locale.ts).

const en = {
  heading: 'Sync',
  toggle: 'Sync across my browsers',
  explain:
    "Uses your browser's own sync (the Chrome or Firefox account you are signed into), no server of ours. It has room for about 100 KB: open to-dos and the newest articles go first.",
  signInHint:
    'The browser syncs only while you are signed in with extension sync on (Chrome: Settings → Sync → Extensions; Firefox: Settings → Sync → Add-ons).',
  off: 'Off. Your list stays on this computer; turning sync on later merges it with your other browsers.',
  syncing: 'Syncing…',
  never: 'Not synced yet.',
  lastSynced: (when: string) => `Last synced ${when}.`,
  allSynced: (todos: number) => `All ${plural(todos, 'to-do', 'to-dos')} are synced.`,
  notSynced: (todos: number, articles: number) =>
    `${plural(todos, 'to-do', 'to-dos')} (${plural(articles, 'article', 'articles')}) not synced because the browser's sync space (about 100 KB) is full. Open to-dos and the newest articles sync first; checking off or deleting old ones makes room.`,
  used: (kb: string) => `${kb} KB of about 100 KB used.`,
  waiting: (time: string) => `Many changes at once: waiting for the browser's write limit. Next try at ${time}.`,
  quota: (time: string) => `The browser refused the write: its sync space is full. Trying again with less at ${time}.`,
  newer: 'Another browser syncs with a newer version of Actionable. Update this one to sync again.',
  failed: (message: string, time: string) => `Sync failed (${message}). Trying again at ${time}.`,
};

const ja: typeof en = {
  heading: '同期',
  toggle: 'ほかのブラウザと同期する',
  explain:
    'ブラウザ自身の同期機能（ログインしている Chrome または Firefox のアカウント）を使います。私たちのサーバーは使いません。容量は約 100 KB で、未完了の ToDo と新しい記事から優先して同期します。',
  signInHint:
    '同期されるのは、ブラウザにログインして拡張機能の同期をオンにしているときだけです（Chrome：設定 → 同期 → 拡張機能、Firefox：設定 → 同期 → アドオン）。',
  off: 'オフ：リストはこのコンピューターだけに保存されます。あとでオンにすると、ほかのブラウザのリストとまとめられます。',
  syncing: '同期しています…',
  never: 'まだ同期していません。',
  lastSynced: (when) => `最終同期：${when}`,
  allSynced: (todos) => `${formatCount(todos)} 件の ToDo をすべて同期しています。`,
  notSynced: (todos, articles) =>
    `ブラウザの同期容量（約 100 KB）がいっぱいのため、${formatCount(articles)} 件の記事の ${formatCount(todos)} 件の ToDo は同期されていません。未完了の ToDo と新しい記事が優先されます。古いものを完了にするか削除すると空きができます。`,
  used: (kb) => `約 100 KB のうち ${kb} KB を使用しています。`,
  waiting: (time) => `変更が多いため、ブラウザの書き込み制限が解けるのを待っています。次は ${time} に同期します。`,
  quota: (time) => `同期容量がいっぱいで、ブラウザが書き込みを受け付けませんでした。${time} に量を減らしてもう一度試します。`,
  newer: '別のブラウザが新しいバージョンの Actionable で同期しています。同期を続けるには、このブラウザの Actionable を更新してください。',
  failed: (message, time) => `同期できませんでした（${message}）。${time} にもう一度試します。`,
};

export const SYNC_TABLE: Localized<typeof en> = { en, ja };
/** The sync section's strings in the current language (a live binding). */
export let SYNC = en;
followTable(SYNC_TABLE, (table) => {
  SYNC = table;
});
