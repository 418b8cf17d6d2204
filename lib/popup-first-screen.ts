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

/**
 * Starts the first page's read as the popup's script starts (issue 7, popup first render): the
 * database opens and reads while the language is read and the interface is built, instead of
 * after the first render, and with IndexedDB alone: Dexie, most of the popup's code, loads after
 * the first screen is painted (components/deferred.ts). The live query takes over then, so
 * whatever is written meanwhile still shows.
 */
export function startFirstScreen(): FirstScreen {
  const page: Head<GroupPage> = {
    promise: readFirstPage({ filter: 'open', limit: PAGE_SIZE }).then(
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
