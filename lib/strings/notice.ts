/** Every user-visible string of the in-page notice (bundled into the content script: keep it short). */
export const NOTICE = {
  saved: (n: number) => (n === 1 ? '1 to-do saved' : `${n} to-dos saved`),
  view: 'View',
  undo: 'Undo',
  never: 'Never on this site',
  close: 'Close',
  undone: 'Undone: those to-dos were removed.',
  undoFailed: 'Could not undo: it is too late, or it was already undone.',
  blocked: (site: string) => `Actionable won’t capture on ${site} again.`,
  label: 'Actionable',
} as const;
