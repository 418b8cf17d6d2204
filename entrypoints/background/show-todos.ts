import { browser } from 'wxt/browser';

/** Where WXT builds the popup page. */
const POPUP_PAGE = '/popup.html';

/**
 * The notice's View: opens the toolbar popup where the browser lets an extension do that
 * (Chrome 127+; Firefox only straight from a user action in an extension page), else the same
 * page in a new tab next to the article.
 */
export async function showTodos(openerTabId?: number): Promise<{ status: 'popup' | 'tab' }> {
  try {
    await browser.action.openPopup();
    return { status: 'popup' };
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(POPUP_PAGE), ...(openerTabId !== undefined ? { openerTabId } : {}) });
    return { status: 'tab' };
  }
}
