import { browser } from 'wxt/browser';

/**
 * A local change was committed (in the popup, options or background): tell the background's
 * sync, which may be asleep. A storage.local write wakes an MV3 service worker through its
 * storage.onChanged listener; the background debounces, and ignores it while sync is off.
 */
export const SYNC_DOORBELL_KEY = 'syncLocalChangeAt';

export function ringSyncDoorbell(): void {
  try {
    void browser.storage?.local?.set({ [SYNC_DOORBELL_KEY]: Date.now() })?.catch(() => undefined);
  } catch {
    // No extension storage here (a unit test without a browser): nothing to wake.
  }
}
