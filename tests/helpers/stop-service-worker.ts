import type { Page } from 'playwright-core';

/**
 * Stops every service worker of the profile the way Chromium does when it reclaims an idle or
 * busy worker: through the DevTools protocol (ServiceWorker.stopAllWorkers), from a CDP session
 * on an extension page. In-flight work in the worker is cut off mid-way; nothing is flushed.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
