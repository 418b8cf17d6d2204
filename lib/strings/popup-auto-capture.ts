/** User-visible strings of the auto-capture controls shown in the popup (one module per surface). */
export const POPUP_AUTO = {
  whySummary: 'Why was this captured?',
  whyNoReasons: 'No reasons were recorded for this page.',
  analysedIn: (ms: number) => `Analysed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms.`,
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
} as const;
