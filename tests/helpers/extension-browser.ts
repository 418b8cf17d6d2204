import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, poll } from '../e2e/environment';

/** A headless Chromium with the e2e build loaded in a fresh profile (design.md's launch recipe). */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker as it is now (a stopped worker comes back as a new one). */
  worker(): Promise<Worker>;
  /** An extension page (popup.html) kept open to read the database from. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Other unpacked extensions to load beside ours. */
  extraExtensions?: string[];
  viewport?: { width: number; height: number };
  /** More Chromium switches (e.g. --host-resolver-rules). */
  args?: string[];
}

export async function launchWithExtension({ extraExtensions = [], viewport, args = [] }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'actionable-e2e-'));
  const extensions = [CHROME_BUILD, ...extraExtensions].join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(viewport ? { viewport } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', ...args, `--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`,
    ],
  });
  const isOurs = (w: Worker) => w.url().endsWith('/background.js');
  const first = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  const extensionId = new URL(first.url()).host;
  const worker = async () =>
    poll(async () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)), 'the service worker');
  // The background registers the capture script for the granted loopback origin on install.
  await poll(
    async () => ((await (await worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts())).length ? true : undefined),
    'the capture script to be registered',
  );
  let page: Page | undefined;
  return {
    context,
    extensionId,
    worker,
    async extensionPage() {
      if (!page || page.isClosed()) {
        page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/popup.html`);
      }
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
