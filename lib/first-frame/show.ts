import { relativeTime } from '../relative-time';
import { readFirstFrame, stampOf } from './record';
import { buildInto } from './snapshot-tree';

/** Marks the first frame's content in #app until the popup itself draws over it. */
export const FIRST_FRAME_ATTRIBUTE = 'data-first-frame';

/** The times shown ("3 minutes ago") as of now, not as of when the frame was kept. */
function refreshTimes(root: ParentNode, now: number, locale: string): void {
  for (const time of Array.from(root.querySelectorAll('time[datetime]'))) {
    const at = Date.parse(time.getAttribute('datetime') ?? '');
    if (Number.isFinite(at)) time.textContent = relativeTime(at, now, locale);
  }
}

/**
 * Draws the kept first frame into `app` when one applies to this opening (lib/first-frame/record.ts),
 * inert — it shows, it does not act — until the popup draws the live list over it. Anything wrong
 * with the record leaves `app` empty: the popup then draws from the database, as without one.
 */
export function showFirstFrame(app: Element, search: string, now = Date.now(), store?: Storage): boolean {
  const record = readFirstFrame(stampOf(search), store);
  if (!record) return false;
  const doc = app.ownerDocument;
  const frame = doc.createDocumentFragment();
  try {
    buildInto(frame, record.tree, doc);
    refreshTimes(frame, now, record.lang || 'en');
  } catch {
    return false;
  }
  const root = doc.documentElement;
  if (record.lang) root.lang = record.lang;
  for (const child of Array.from(frame.children)) child.setAttribute('inert', '');
  app.setAttribute(FIRST_FRAME_ATTRIBUTE, '');
  app.replaceChildren(frame);
  return true;
}

/** Removes the first frame, if shown, right before the popup draws (same task: nothing flashes). */
export function clearFirstFrame(app: Element): void {
  if (!app.hasAttribute(FIRST_FRAME_ATTRIBUTE)) return;
  app.removeAttribute(FIRST_FRAME_ATTRIBUTE);
  app.replaceChildren();
}
