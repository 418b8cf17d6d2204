import { onLocale } from '../i18n/current-locale';
import { formatCount } from '../i18n/format-count';
import type { Localized } from '../i18n/locale';

// User-visible strings of the auto-capture controls shown in the popup, in each language
// (how to add one: lib/i18n/current-locale.ts).

/** 3.14 → 3.1, 42.7 → 43: a tenth of a millisecond only where it means something. */
const ms = (n: number) => formatCount(n < 10 ? Math.round(n * 10) / 10 : Math.round(n));

const en = {
  whySummary: 'Why was this captured?',
  whyNoReasons: 'No reasons were recorded for this page.',
  analysedIn: (n: number) => `Analysed in ${ms(n)} ms.`,
  viaAuto: 'Saved automatically while you read it.',
  viaManual: 'Saved when you pressed “Capture this page”.',
  viaSelection: 'Saved from text you selected.',
  neverOnSite: 'Never on this site',
  neverOnSiteLabel: (site: string) => `Never auto-capture on ${site}`,
  blocked: (site: string) => `Actionable won’t auto-capture on ${site}.`,
  unblock: 'Allow again',
  pauseHour: 'Pause for an hour',
  pauseUntilResumed: 'Pause until I turn it back on',
  resume: 'Resume auto-capture',
  pausedUntil: (time: string) => `Auto-capture is paused until ${time}.`,
  pausedIndefinitely: 'Auto-capture is paused until you turn it back on.',
};

const ja: typeof en = {
  whySummary: '取り込まれた理由',
  whyNoReasons: 'このページの判定理由は記録されていません。',
  analysedIn: (n) => `解析時間 ${ms(n)} ミリ秒。`,
  viaAuto: '閲覧中に自動で保存しました。',
  viaManual: '「このページを取り込む」を押したときに保存しました。',
  viaSelection: '選択したテキストから保存しました。',
  neverOnSite: 'このサイトでは今後しない',
  neverOnSiteLabel: (site) => `${site} では自動で取り込まない`,
  blocked: (site) => `${site} では自動で取り込みません。`,
  unblock: '再び許可する',
  pauseHour: '1 時間停止',
  pauseUntilResumed: '再開するまで停止',
  resume: '自動取り込みを再開',
  pausedUntil: (time) => `自動取り込みは ${time} まで停止中です。`,
  pausedIndefinitely: '自動取り込みは再開するまで停止中です。',
};

export const POPUP_AUTO_TABLE: Localized<typeof en> = { en, ja };
/** The auto-capture controls' strings in the current language (a live binding). */
export let POPUP_AUTO = en;
onLocale((locale) => {
  POPUP_AUTO = POPUP_AUTO_TABLE[locale];
});
