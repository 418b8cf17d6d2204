import { browser } from 'wxt/browser';

/** The badge colour: the extension's green, readable with white digits. */
const BADGE_COLOUR = '#2f6f4f';

/** Shows a page's number of to-dos on the toolbar button for that tab (none: no badge). */
export async function showCount(tabId: number | undefined, count: number): Promise<void> {
  if (tabId === undefined) return;
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}
