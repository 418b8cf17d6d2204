import { browser, type Browser } from 'wxt/browser';
import { reason } from '../../core/reason';
import type { ActionableDB } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { BACKGROUND } from '../../lib/strings/background';
import { validateCapture, CAPTURE_LIMITS } from '../../lib/validate-capture';
import { captureTab } from './capture-tab';

export const MENU_ADD_SELECTION = 'add-selection';
export const MENU_CAPTURE_PAGE = 'capture-page';
/** Keyboard command (manifest `commands`) for "Capture this page". */
export const COMMAND_CAPTURE_PAGE = 'capture-page';
/** Menus show on web pages only: nothing can be captured elsewhere. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];
/** A selection longer than this becomes a shortened to-do, the whole text kept as its detail. */
const SELECTION_TODO_CHARS = 140;

/** (Re)creates the right-click menu; menus persist, so start from none to avoid duplicate ids. */
export async function createMenus(): Promise<void> {
  if (!browser.contextMenus) return; // Firefox for Android has no context menus.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ADD_SELECTION, title: BACKGROUND.menuAddSelection, contexts: ['selection'], documentUrlPatterns: WEB_PAGES });
  browser.contextMenus.create({ id: MENU_CAPTURE_PAGE, title: BACKGROUND.menuCapturePage, contexts: ['page'], documentUrlPatterns: WEB_PAGES });
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * "Add selection as a to-do": the selected text becomes a to-do of the page it was selected
 * on (URL and title as its source), through the same validation and store as any capture.
 */
export async function addSelection(database: ActionableDB, selection: string, tab: { url?: string; title?: string }): Promise<boolean> {
  const text = selection.replace(/\s+/g, ' ').trim();
  if (!text || !tab.url) return false;
  const checked = validateCapture({
    url: tab.url,
    canonicalUrl: tab.url,
    title: shorten(tab.title ?? '', CAPTURE_LIMITS.titleChars),
    lang: '',
    isAdvice: false,
    career: false,
    reasons: [reason('selected')],
    analysisMs: 0,
    via: 'selection',
    items: [
      {
        text: shorten(text, SELECTION_TODO_CHARS),
        ...(text.length > SELECTION_TODO_CHARS ? { detail: shorten(text, CAPTURE_LIMITS.detailChars) } : {}),
        quote: shorten(text, CAPTURE_LIMITS.quoteChars),
        position: 0,
      },
    ],
  });
  if (!checked.ok) return false;
  await storeCapture(database, checked.value);
  return true;
}

export async function onMenuClicked(database: ActionableDB, info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === MENU_ADD_SELECTION && info.selectionText) await addSelection(database, info.selectionText, tab ?? {});
  else if (info.menuItemId === MENU_CAPTURE_PAGE && tab?.id !== undefined) await captureTab(tab.id);
}
