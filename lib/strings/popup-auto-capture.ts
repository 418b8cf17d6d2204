import { followTable, type Tables } from '../i18n/current-locale';

// User-visible strings of the auto-capture controls shown in the popup, in each language
// (how to add one: lib/i18n/current-locale.ts).

const en = {
  // The rest of "Why was this captured?" loads when it opens: lib/strings/why-captured.ts.
  whySummary: 'Why was this captured?',
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
