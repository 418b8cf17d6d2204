import type { PopupAutoStrings } from '../popup-auto-capture';

// The Japanese of lib/strings/popup-auto-capture.ts, in its own module so that the popup loads it only when
// Japanese is chosen (how to add a string: lib/i18n/current-locale.ts).

export const POPUP_AUTO_JA: PopupAutoStrings = {
  whySummary: '取り込まれた理由',
  neverOnSite: 'このサイトでは取り込まない',
  neverOnSiteLabel: (site) => `${site} では自動で取り込まない`,
  blocked: (site) => `${site} では自動で取り込みません。`,
  unblock: '再び許可する',
  pauseHour: '1 時間停止',
  pauseUntilResumed: '再開するまで停止',
  resume: '自動取り込みを再開',
  pausedUntil: (time) => `自動取り込みは ${time} まで停止中です。`,
  pausedIndefinitely: '自動取り込みは再開するまで停止中です。',
};
