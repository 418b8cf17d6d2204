import { browser } from 'wxt/browser';
import { dropFirstFrame, stampedPopup } from './record';

let bumping = false;

function newStamp(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

/**
 * Something the popup's first frame shows has changed (a committed write to the list, a new
 * language, an install or update): the kept first frame no longer applies. In a page,
 * it is deleted at once; everywhere, the toolbar popup's URL gets a new stamp — the one signal
 * the background (a service worker, without localStorage) can leave for the popup's first
 * synchronous look (lib/first-frame/record.ts). Several changes in one task give one new stamp.
 */
export function firstFrameChanged(): void {
  dropFirstFrame();
  if (bumping) return;
  bumping = true;
  queueMicrotask(() => {
    bumping = false;
    try {
      void browser.action?.setPopup({ popup: stampedPopup(newStamp()) })?.catch(() => undefined);
    } catch {
      // No toolbar action here (a unit test without a browser): nothing to re-stamp.
    }
  });
}
