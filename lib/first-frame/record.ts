import { COLLAPSED_KEY } from '../collapsed-articles';
import { treeOf, type SnapshotNode } from './snapshot-tree';

// Parameters in lib/first-frame/ are `store`, never `storage`: WXT's auto-import plugin runs even
// with `imports: false` and takes a `storage` parameter for wxt/storage, which would pull that
// (and its eager setup) into the popup's first script.

/**
 * The popup's first frame, kept in the extension's own localStorage (issue 7, popup first
 * render): the DOM of the last list the popup drew, to show at once on the next opening while
 * the live list loads. It is shown only while nothing it depends on has changed since:
 *
 * - the list: every committed write to to-dos or articles gives the toolbar popup's URL a new
 *   stamp (lib/first-frame/changed.ts), and a record is valid only for the stamp it was drawn
 *   under. An opening without a stamp (a test or bookmark opening popup.html) never uses one.
 * - the collapsed groups (this page's own localStorage: compared as stored);
 * - the browser's languages; the chosen language gives a new stamp when changed.
 * - the extension's version: installing or updating gives a new stamp.
 *
 * A record that does not apply is deleted as soon as it is read, so to-do text does not linger
 * here after the list moved on.
 */
export const FIRST_FRAME_KEY = 'actionable.firstFrame';
/** Bumped when the record's shape changes. */
const FORMAT = 1;
/**
 * To-do rows kept: more than the popup shows above its footer (7 at most in its 600 px, under the
 * header, toolbar and a group heading; measured in Chromium). Rows further down show once the live
 * list is in.
 */
const KEPT_ROWS = 8;
const ROW = 'li.todo';
/** The query parameter that carries the list's stamp in the toolbar popup's URL. */
export const STAMP_PARAM = 's';

export interface FirstFrameRecord {
  format: typeof FORMAT;
  stamp: string;
  /** navigator.languages, joined: the 'auto' language follows them. */
  languages: string;
  /** The collapsed groups as stored when the frame was drawn. */
  collapsed: string;
  /** The interface language: <html lang>, and the locale of the times shown. */
  lang: string;
  tree: SnapshotNode[];
}

/** The toolbar popup's page under a stamp, as action.setPopup takes it (relative to the extension). */
export function stampedPopup(stamp: string): string {
  return `popup.html?${STAMP_PARAM}=${encodeURIComponent(stamp)}`;
}

/** The list's stamp in a popup URL's query (`?s=…`), or '' when it has none. */
export function stampOf(search: string): string {
  return new URLSearchParams(search).get(STAMP_PARAM) ?? '';
}

function languagesNow(): string {
  return typeof navigator === 'undefined' ? '' : (navigator.languages ?? []).join(',');
}

function collapsedNow(store: Storage): string {
  return store.getItem(COLLAPSED_KEY) ?? '';
}

/** This page's localStorage; undefined in a service worker, or where the browser blocks it. */
function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Deletes the kept first frame; a no-op where there is no localStorage (a service worker). */
export function dropFirstFrame(store: Storage | undefined = pageStorage()): void {
  try {
    store?.removeItem(FIRST_FRAME_KEY);
  } catch {
    // Storage unavailable: nothing kept, nothing to drop.
  }
}

/** Leaves out the rows after the first KEPT_ROWS. */
function aboveTheFold(): (element: Element) => boolean {
  let rows = 0;
  return (element) => !element.matches(ROW) || ++rows <= KEPT_ROWS;
}

/** Keeps `app`'s current content as the first frame of openings under `stamp`. */
export function saveFirstFrame(app: Element, stamp: string, store: Storage | undefined = pageStorage()): void {
  if (!stamp || !store) return;
  const root = app.ownerDocument.documentElement;
  const record: FirstFrameRecord = {
    format: FORMAT,
    stamp,
    languages: languagesNow(),
    collapsed: collapsedNow(store),
    lang: root.lang,
    tree: treeOf(app, aboveTheFold()),
  };
  try {
    store.setItem(FIRST_FRAME_KEY, JSON.stringify(record));
  } catch {
    // Storage full: the next opening draws from the database, as without a record.
    dropFirstFrame(store);
  }
}

function isRecord(value: unknown): value is FirstFrameRecord {
  const r = value as Partial<FirstFrameRecord> | null;
  return (
    typeof r === 'object' && r !== null && r.format === FORMAT &&
    typeof r.stamp === 'string' && typeof r.languages === 'string' && typeof r.collapsed === 'string' &&
    typeof r.lang === 'string' && Array.isArray(r.tree)
  );
}

/**
 * The record, if it applies to an opening under `stamp`; otherwise undefined, and a record that
 * does not apply (stale, corrupt, from another version) is deleted.
 */
export function readFirstFrame(stamp: string, store: Storage | undefined = pageStorage()): FirstFrameRecord | undefined {
  let raw: string | null;
  try {
    raw = store?.getItem(FIRST_FRAME_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null || !stamp || !store) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    record = undefined;
  }
  if (
    isRecord(record) &&
    record.stamp === stamp &&
    record.languages === languagesNow() &&
    record.collapsed === collapsedNow(store)
  ) {
    return record;
  }
  dropFirstFrame(store);
  return undefined;
}
