import { browser, type Browser } from 'wxt/browser';

/** Where WXT builds entrypoints/welcome/. */
export const WELCOME_PAGE = '/welcome.html';

/** Consent first: a fresh install opens the welcome page, which asks before anything is read. */
export async function openWelcomeOnInstall(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
