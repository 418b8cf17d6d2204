import type { GroupPage } from '../db/article-groups';
import { readFirstPage } from '../db/raw-first-page';
import { loadCollapsed } from './collapsed-articles';
import type { Head } from './use-live-query';

/** Articles rendered (and queried) per page of the popup's list. */
export const PAGE_SIZE = 20;

/**
 * The popup waits this long at most for its first page before drawing without it (then the list
 * follows when the query answers): a slow database must not leave the popup blank.
 */
const FIRST_PAGE_WAIT_MS = 250;

/** What the popup's first frame shows, asked for before anything is drawn. */
export interface FirstScreen {
  /**
   * The list's first page: open to-dos of the newest articles, exactly as the list asks for it,
   * read without Dexie (undefined on first run: the list's own query answers then).
   */
  page: Head<GroupPage>;
  /** The groups the user collapsed (a synchronous localStorage read). */
  collapsed: ReadonlySet<string>;
  /** The page is in, or FIRST_PAGE_WAIT_MS went by. */
  ready: Promise<void>;
}

/** Where the popup's first script (entrypoints/popup-first-frame) leaves the read it started. */
const EARLY_READ = Symbol.for('actionable.popupFirstPage');
type EarlyRead = Promise<GroupPage | undefined>;

function firstPageRead(): EarlyRead {
  return readFirstPage({ filter: 'open', limit: PAGE_SIZE });
}

/**
 * Starts the first page's read before the popup's modules have loaded: the popup's first script
 * calls this (after drawing the kept first frame, if any); startFirstScreen() takes the read over.
 */
export function startFirstPageRead(): void {
  const read = firstPageRead();
  // Handled when taken over; until then a failure must not surface as an unhandled rejection.
  read.catch(() => undefined);
  (globalThis as Record<symbol, EarlyRead | undefined>)[EARLY_READ] = read;
}

/** The read the first script started (once), or a new one. */
function takeFirstPageRead(): EarlyRead {
  const world = globalThis as Record<symbol, EarlyRead | undefined>;
  const early = world[EARLY_READ];
  world[EARLY_READ] = undefined;
  return early ?? firstPageRead();
}

/**
 * Takes over (or starts) the first page's read as the popup's script starts (issue 7, popup first
 * render): the database opens and reads while the language is read and the interface is built,
 * instead of after the first render, and with IndexedDB alone: Dexie, most of the popup's code,
 * loads after the first screen is painted (components/deferred.ts). The live query takes over
 * then, so whatever is written meanwhile still shows.
 */
export function startFirstScreen(): FirstScreen {
  const page: Head<GroupPage> = {
    promise: takeFirstPageRead().then(
      (value) => (page.value = value),
      (error: unknown) => {
        console.error('Actionable: first page failed', error);
        return undefined;
      },
    ),
  };
  // Read while the database request is in flight: it blocks this thread, not the database.
  const collapsed = loadCollapsed();
  const ready = Promise.race([page.promise, new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))]).then(() => undefined);
  return { page, collapsed, ready };
}
