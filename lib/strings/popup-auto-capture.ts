import { followTable, type Tables } from '../i18n/current-locale';
import { formatCount } from '../i18n/format-count';

// User-visible strings of the auto-capture controls shown in the popup, in each language
// (how to add one: lib/i18n/current-locale.ts).

/** 3.14 → 3.1, 42.7 → 43: a tenth of a millisecond only where it means something. */
export const formatMs = (n: number) => formatCount(n < 10 ? Math.round(n * 10) / 10 : Math.round(n));

const en = {
  whySummary: 'Why was this captured?',
  whyNoReasons: 'No reasons were recorded for this page.',
  analysedIn: (n: number) => `Analysed in ${formatMs(n)} ms.`,
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

export type PopupAutoStrings = typeof en;
/** Japanese loads only when chosen: the popup's bundle has a size budget (tests/size-budget.test.ts). */
export const POPUP_AUTO_TABLE: Tables<PopupAutoStrings> = { en, ja: () => import('./ja/popup-auto-capture').then((m) => m.POPUP_AUTO_JA) };
/** The auto-capture controls' strings in the current language (a live binding). */
export let POPUP_AUTO = en;
followTable(POPUP_AUTO_TABLE, (table) => {
  POPUP_AUTO = table;
});
