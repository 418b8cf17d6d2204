import { relativeTime } from '../relative-time';
import { frameMarkup } from './frame-html';
import { stampOf } from './record';
import type { SnapshotNode } from './snapshot-tree';

/**
 * The popup page with its first frame already in it, as the background serves it (issue 7,
 * popup first render; entrypoints/background/served-first-frame.ts). When the worker is running
 * as the toolbar button is clicked, the popup's HTML comes from it with the kept rows as markup
 * (frame-html.ts), so the parser shows them before any script of the popup has loaded; otherwise
 * the popup's first script draws the same frame from localStorage (show.ts).
 */
export interface ServedFrame {
  /** The list's stamp the frame was drawn under: served only to an opening under it. */
  stamp: string;
  /** navigator.languages, joined, when it was drawn. */
  languages: string;
  /** <html lang>: the interface language. */
  lang: string;
  /** The page's data-theme ('light', 'dark', or '' to follow the system). */
  theme: string;
  tree: SnapshotNode[];
}

/** The value of #app's data-first-frame when the frame came in the served page. */
export const SERVED = 'served';
export const POPUP_PATH = '/popup.html';
const APP = '<div id="app"></div>';
const LANG = /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i;
const THEMES = new Set(['light', 'dark']);

export function isServedFrame(value: unknown): value is ServedFrame {
  const v = value as Partial<ServedFrame> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.stamp === 'string' && v.stamp !== '' &&
    typeof v.languages === 'string' && typeof v.lang === 'string' && typeof v.theme === 'string' &&
    Array.isArray(v.tree)
  );
}

/** `page` (the built popup.html) with the frame drawn in #app, or undefined when either does not fit. */
export function servedPopupHtml(page: string, frame: ServedFrame, now: number): string | undefined {
  const parts = page.split(APP);
  if (parts.length !== 2 || !/<html\b[^>]*>/.test(parts[0]!)) return undefined;
  const locale = LANG.test(frame.lang) ? frame.lang : 'en';
  const markup = frameMarkup(frame.tree, {
    topAttributes: 'inert',
    timeText: (datetime) => {
      const at = Date.parse(datetime);
      return Number.isFinite(at) ? relativeTime(at, now, locale) : undefined;
    },
  });
  if (markup === undefined) return undefined;
  const theme = THEMES.has(frame.theme) ? ` data-theme="${frame.theme}"` : '';
  const head = parts[0]!.replace(/<html\b[^>]*>/, `<html lang="${locale}"${theme}>`);
  // The frame needs no script now: the first one need not hold up the parser (and the first paint).
  const tail = parts[1]!.replace('<script src=', '<script async src=');
  return `${head}<div id="app" data-first-frame="${SERVED}">${markup}</div>${tail}`;
}

/**
 * The served page for a request to `url`, when `frame` applies to it: the toolbar popup under the
 * frame's own stamp, with the browser's languages unchanged. Otherwise undefined (the request
 * takes its usual way, and the popup draws its first frame itself or from the database).
 */
export function servedPopupFor(url: string, frame: ServedFrame | undefined, page: string | undefined, languages: string, now: number): string | undefined {
  if (!frame || page === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.pathname !== POPUP_PATH || stampOf(parsed.search) !== frame.stamp || frame.languages !== languages) return undefined;
  return servedPopupHtml(page, frame, now);
}
