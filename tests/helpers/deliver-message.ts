import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Delivers a message the way the browser does and resolves with the answer (or 'no answer'). */
export function deliver(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    // The real event passes (message, sender, sendResponse); the fake's types only know two.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(message, sender, resolve).then((returns) => {
      if (!returns.includes(true)) resolve('no answer');
    });
  });
}

/** A content script's sender in tab `tabId` on `url`. */
export function contentScriptIn(tabId: number, url: string, incognito = false) {
  return { id: fakeBrowser.runtime.id, url, tab: { id: tabId, url, incognito } };
}
