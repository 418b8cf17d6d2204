import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';
import { readRows, type Rows } from './extension-rows';

/** How long one page load gets to be captured before it is loaded again. */
const PER_LOAD_MS = 8_000;

/**
 * Waits until `done(rows)` holds, reading the database from the service worker (opening an
 * extension page would compete for the CPU). Auto-capture analyses a page once per load, within
 * a 50 ms wall-clock budget, and drops the page when a busy machine makes it overrun (see
 * RELIABILITY.md): so the page is loaded again, up to `loads` times, before giving up.
 */
export async function awaitCapture(browser: ExtensionBrowser, page: Page, url: string, done: (rows: Rows) => boolean, loads = 3): Promise<{ rows: Rows; loads: number }> {
  for (let load = 1; load <= loads; load++) {
    await page.goto(url);
    const deadline = Date.now() + PER_LOAD_MS;
    while (Date.now() < deadline) {
      const rows = await (await browser.worker()).evaluate(readRows).catch(() => undefined);
      if (rows && done(rows)) return { rows, loads: load };
      await page.waitForTimeout(250);
    }
  }
  throw new Error(`${url} was not captured in ${loads} loads`);
}
