import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, GECKO_ID } from '../e2e/environment';

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
