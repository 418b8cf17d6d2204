import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, GECKO_ID, poll } from '../e2e/environment';

/**
 * Headless Firefox ESR over WebDriver BiDi with the e2e build installed (design.md's recipe);
 * the fixed UUID makes the popup's address known: moz-extension://FIREFOX_UUID/popup.html.
 */
export async function launchFirefoxWithExtension(extraPrefs: Record<string, unknown> = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }), ...extraPrefs },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/**
 * "Capture this page" for the tab showing `url`, sent from an extension page (in a test the active
 * tab is that page itself, so the tab is named). Firefox match patterns take no port, so the tab is
 * found by its address; polled until the tab has loaded. Any other outcome than `accept` throws.
 */
export async function captureTabFromPage(
  page: Page,
  url: string,
  { accept = ['added'], timeoutMs }: { accept?: readonly string[]; timeoutMs?: number } = {},
): Promise<{ status: string }> {
  return poll(
    () =>
      page.evaluate(
        async (address, accepted) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === address);
          if (tab?.status !== 'complete') return undefined;
          const answer = (await chrome.runtime.sendMessage({ name: 'captureActiveTab', data: { tabId: tab.id } })) as { status: string };
          if (!accepted.includes(answer.status)) throw new Error(JSON.stringify(answer));
          return answer;
        },
        url,
        [...accept],
      ),
    'the capture',
    timeoutMs,
  );
}
