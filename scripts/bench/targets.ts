/**
 * The budgets issue #7 holds the product to, in one place: the bench report and the size test
 * both read them. `max` is the upper bound; `unit` is for humans.
 */
export interface Target {
  max: number;
  unit: string;
  /** What missing it would mean for a person using the extension. */
  means: string;
}

export const TARGETS = {
  'node.nonadvice_ratio_vs_readerable': {
    max: 1.0,
    unit: '×',
    means: 'on ordinary pages the content script costs no more than Firefox Reader View’s own “is this an article?” check',
  },
  'node.advice_ratio_vs_parse': {
    max: 0.25,
    unit: '×',
    means: 'on advice pages, finding the to-dos costs at most a quarter of a full reader-mode parse',
  },
  'node.p99_ms': { max: 30, unit: 'ms', means: 'even the slowest page in a hundred holds up the tab for under two frames (measured in Node; a browser DOM is faster)' },
  'sizes.content_script_gz_kb': { max: 20, unit: 'kB gz', means: 'the script injected into every page stays small to load and compile' },
  'sizes.popup_gz_kb': { max: 60, unit: 'kB gz', means: 'the toolbar popup opens without a visible load' },
  'browser.popup_first_render_ms_5000': {
    max: 100,
    unit: 'ms',
    means: 'with 5,000 saved to-dos the popup shows its list within 100 ms, which feels instant',
  },
  'db.capture_ms_50': { max: 20, unit: 'ms', means: 'saving a 50-item article is one unnoticeable transaction' },
  'db.bulk_insert_ms_10000': { max: 2000, unit: 'ms', means: 'importing 10,000 to-dos (a backup) takes under two seconds' },
  'db.search_ms_10000': { max: 30, unit: 'ms', means: 'searching 10,000 to-dos for Japanese text answers as you type' },
} satisfies Record<string, Target>;

export type TargetName = keyof typeof TARGETS;

/**
 * Time targets that depend on the machine's own floor, with the reference measured in the same
 * run for each: what the same work costs without our code (the report prints value ÷ reference).
 * A figure near 1× its reference is at the machine's floor; a miss there is the machine's minute.
 */
export const REFERENCES = {
  'browser.popup_first_render_ms_5000': {
    field: 'browser.popup_floor_ms',
    what: 'the popup page with a first script that only marks when it runs (opened by turns)',
  },
  'db.capture_ms_50': {
    field: 'db.bare_capture_ms_50',
    what: 'the same reads and writes for a new article by IndexedDB alone (by turns)',
  },
  'db.bulk_insert_ms_10000': {
    field: 'db.bare_insert_ms_10000',
    what: 'the same rows written by IndexedDB alone into the same schema, one transaction (by turns)',
  },
} satisfies Partial<Record<TargetName, { field: string; what: string }>>;
