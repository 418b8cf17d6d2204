import { followTable } from '../i18n/current-locale';
import { formatCount, plural } from '../i18n/format-count';
import type { Localized } from '../i18n/locale';

// Every user-visible string of the in-page notice, in each language (how to add one:
// lib/i18n/current-locale.ts). Bundled into the extractor, not the capture script: keep it short.

const en = {
  saved: (n: number) => `${plural(n, 'to-do', 'to-dos')} saved`,
  view: 'View',
  undo: 'Undo',
  never: 'Never on this site',
  close: 'Close',
  undone: 'Undone: those to-dos were removed.',
  undoFailed: 'Could not undo: it is too late, or it was already undone.',
  blocked: (site: string) => `Actionable won’t capture on ${site} again.`,
  label: 'Actionable',
};

const ja: typeof en = {
  saved: (n) => `${formatCount(n)} 件の ToDo を保存しました`,
  view: '表示',
  undo: '元に戻す',
  never: 'このサイトでは取り込まない',
  close: '閉じる',
  undone: '元に戻しました。取り込んだ ToDo を削除しました。',
  undoFailed: '元に戻せませんでした。時間が経ちすぎたか、すでに元に戻されています。',
  blocked: (site) => `今後 ${site} では取り込みません。`,
  label: 'Actionable',
};

export const NOTICE_TABLE: Localized<typeof en> = { en, ja };
/** The notice's strings in the current language (a live binding: setLocale() switches it). */
export let NOTICE = en;
followTable(NOTICE_TABLE, (table) => {
  NOTICE = table;
});
