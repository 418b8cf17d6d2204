import { browser } from 'wxt/browser';
import { db as defaultDb, type ActionableDB } from '../../db/database';
import { syncAutoCapture } from '../../lib/auto-capture-registration';
import { listen } from '../../lib/messaging';
import { captureTab, activeTabId } from './capture-tab';
import { handleCapture } from './handle-capture';

/**
 * The background: the only writer of the database. Every listener is registered synchronously
 * here, before any await, because MV3 wakes the worker for an event and drops late listeners.
 */
export function main(database: ActionableDB = defaultDb): void {
  listen({
    capture: { from: 'content-script', handle: (data, sender) => handleCapture(database, data, sender) },
    captureActiveTab: {
      from: 'extension-page',
      handle: async (data) => {
        const requested = (data as { tabId?: unknown } | undefined)?.tabId;
        const tabId = typeof requested === 'number' ? requested : await activeTabId();
        return tabId === undefined ? { status: 'unsupported', reason: 'There is no page to capture.' } : captureTab(tabId);
      },
    },
  });

  const resync = () => void syncAutoCapture().catch((error: unknown) => console.error('Actionable: registration failed', error));
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
