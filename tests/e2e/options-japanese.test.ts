import { mkdirSync } from 'node:fs';
import type { Browser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { launchFirefoxWithExtension } from '../helpers/extension-firefox';
import { ARTIFACTS, CHROME_BUILD, CHROMIUM, FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, missing, poll } from './environment';

const skipChromium = missing(CHROMIUM, CHROME_BUILD);
const skipFirefox = missing(FIREFOX, FIREFOX_BUILD);
if (skipChromium) console.warn(`Chromium Japanese options e2e skipped: ${skipChromium}`);
if (skipFirefox) console.warn(`Firefox Japanese options e2e skipped: ${skipFirefox}`);

/** What the options page shows now: its language, headings, and the shortcut names. */
function readOptions() {
  return {
    lang: document.documentElement.lang,
    title: document.title,
    headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent ?? ''),
    shortcuts: [...document.querySelectorAll('.shortcuts dt')].map((dt) => dt.textContent ?? ''),
    text: document.body.innerText,
  };
}
type Shown = ReturnType<typeof readOptions>;

/** The keyboard commands' descriptions as the browser resolved them from _locales. */
async function commandDescriptions(): Promise<string[]> {
  return (await chrome.commands.getAll()).map((c) => c.description ?? '');
}

/** Names that stay in Latin letters in the Japanese interface. */
const LATIN_IN_JAPANESE = new Set(['Actionable', 'ToDo', 'English', 'Chrome', 'chrome', 'extensions', 'shortcuts', 'Firefox', 'about', 'addons', 'Markdown', 'CSV', 'JSON', 'MB', 'KB', 'Alt', 'Shift', 'A', 'C']);
const JAPANESE_HEADINGS = ['設定', '自動取り込み', '言語と表示', 'リマインダー', 'キーボードショートカット', 'データ'];
const ENGLISH_HEADINGS = ['Options', 'Auto-capture', 'Language and appearance', 'Reminders', 'Keyboard shortcuts', 'Your data'];

function expectJapanese(shown: Shown) {
  expect(shown.lang).toBe('ja');
  expect(shown.title).toBe('Actionable の設定');
  expect(shown.headings).toEqual(expect.arrayContaining(JAPANESE_HEADINGS));
  expect(shown.shortcuts).toEqual(expect.arrayContaining(['ToDo リストを開く', 'このページを取り込む']));
  expect(shown.text).toMatch(/0 件の記事から 0 件の ToDo/);
  // No English left over: the only Latin words are names (product, browsers, formats, addresses).
  const latin = new Set(shown.text.match(/[A-Za-z][A-Za-z-]*/g) ?? []);
  expect([...latin].filter((word) => !LATIN_IN_JAPANESE.has(word))).toEqual([]);
}

function expectEnglish(shown: Shown) {
  expect(shown.lang).toBe('en');
  expect(shown.headings).toEqual(expect.arrayContaining(ENGLISH_HEADINGS));
  expect(shown.shortcuts).toEqual(expect.arrayContaining(['Open the to-do list', 'Capture this page']));
}

describe.skipIf(skipChromium !== null)('Chromium: the options page in Japanese', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 900, height: 1400 } });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('switches live from English to 日本語 and back, and the popup follows the choice', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await poll(async () => ((await page.evaluate(readOptions)).shortcuts.length ? true : undefined), 'the options page');
    expectEnglish(await page.evaluate(readOptions));
    await page.screenshot({ path: `${ARTIFACTS}/options-chromium-en.png`, fullPage: true });

    await page.getByLabel('日本語').check();
    const japanese = await poll(async () => {
      const shown = await page.evaluate(readOptions);
      return shown.lang === 'ja' && shown.shortcuts.includes('ToDo リストを開く') ? shown : undefined;
    }, 'the page in Japanese');
    expectJapanese(japanese);
    await page.screenshot({ path: `${ARTIFACTS}/options-chromium-ja.png`, fullPage: true });

    // The popup opened now speaks the chosen language too.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('button.primary').textContent()).toBe('このページを取り込む');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ja');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: `${ARTIFACTS}/popup-chromium-ja.png` });

    // The manifest's strings resolve (no __MSG_ left): the browser's own language here is English.
    expect(await page.evaluate(commandDescriptions)).toEqual(expect.arrayContaining(['Capture this page']));
    expect((await page.evaluate(commandDescriptions)).join()).not.toContain('__MSG_');
    expect(await page.evaluate(() => chrome.i18n.getMessage('extDescription'))).toMatch(/advice/);

    await page.getByLabel('English').check();
    await poll(async () => ((await page.evaluate(readOptions)).lang === 'en' ? true : undefined), 'English again');
    expectEnglish(await page.evaluate(readOptions));
  });
});

describe.skipIf(skipFirefox !== null)('Firefox: the options page in Japanese', () => {
  let browser: Browser;
  let page: FirefoxPage;
  beforeAll(async () => {
    // A Japanese-speaking browser: the interface follows it while the choice is "follow the browser".
    browser = await launchFirefoxWithExtension({ 'intl.accept_languages': 'ja-JP, ja, en-US', 'intl.locale.requested': 'ja' });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('follows a Japanese browser, then switches live to English', async () => {
    page = await browser.newPage();
    await page.setViewport({ width: 900, height: 1400 });
    // Firefox loads moz-extension pages but the goto promise may never settle: poll instead.
    void page.goto(`moz-extension://${FIREFOX_UUID}/options.html`).catch(() => undefined);
    const japanese = await poll(async () => {
      const shown = await page.evaluate(readOptions).catch(() => undefined);
      return shown?.lang === 'ja' && shown.shortcuts.length ? shown : undefined;
    }, 'the options page in Japanese');
    expectJapanese(japanese);
    expect(await page.evaluate(() => (document.querySelector('input[name=language]:checked')?.parentElement?.textContent ?? ''))).toBe(
      'ブラウザの設定に合わせる',
    );
    await page.screenshot({ path: `${ARTIFACTS}/options-firefox-ja.png`, fullPage: true });
    // The manifest's strings resolve in Firefox too (no __MSG_ left).
    expect((await page.evaluate(commandDescriptions)).join()).not.toContain('__MSG_');
    expect(await page.evaluate(() => chrome.i18n.getMessage('commandCapturePage'))).toMatch(/Capture this page|このページを取り込む/);

    const english = await page.evaluateHandle(() =>
      [...document.querySelectorAll('label')].find((l) => l.textContent === 'English')?.querySelector('input'),
    );
    await (english as unknown as { click(): Promise<void> }).click();
    const shown = await poll(async () => {
      const now = await page.evaluate(readOptions);
      return now.lang === 'en' && now.shortcuts.includes('Open the to-do list') ? now : undefined;
    }, 'the page in English');
    expectEnglish(shown);
    await page.screenshot({ path: `${ARTIFACTS}/options-firefox-en.png`, fullPage: true });
  });
});
