import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureTabFromPage, launchFirefoxWithExtension } from '../helpers/extension-firefox';
import { readRows, wipeRows } from '../helpers/extension-rows';
import { ARTIFACTS, FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, missing, poll, SEED_EXPECTED, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';
import { type ListedTodo, readPopupTodos } from './popup-todos';

const skip = missing(FIREFOX, FIREFOX_BUILD);
if (skip) console.warn(`Firefox options e2e skipped: ${skip}`);

const BASE = `moz-extension://${FIREFOX_UUID}`;

/** The options page's last status line (the import's outcome). */
const lastStatus = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[role=status]')].at(-1)?.textContent ?? '');

describe.skipIf(skip !== null)('Firefox: the options page', () => {
  let server: PageServer;
  let browser: Browser;
  let downloads: string;

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE } });
    downloads = mkdtempSync(join(tmpdir(), 'actionable-ff-downloads-'));
    // Downloads go straight to a known folder, without asking: the test reads the real file.
    browser = await launchFirefoxWithExtension({
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  /** Firefox loads moz-extension pages but the goto promise may never settle: poll instead. */
  async function open(path: string, ready: string): Promise<Page> {
    const page = await browser.newPage();
    void page.goto(`${BASE}/${path}`).catch(() => undefined);
    await poll(() => page.evaluate((s) => (document.querySelector(s) ? true : undefined), ready).catch(() => undefined), path);
    return page;
  }

  /** The popup's to-dos as listed on opening (open ones), by their accessible names. */
  async function listedTodos(): Promise<ListedTodo[]> {
    const popup = await open('popup.html', 'main.popup[aria-busy=false]');
    const listed = await popup.evaluate(readPopupTodos);
    await popup.close();
    return listed;
  }

  it('export → wipe → import gives back the identical list', async () => {
    let options = await open('options.html', 'main.options[aria-busy=false]');
    const article = await browser.newPage();
    await article.goto(`${server.origin}/seed.html`);
    // "Capture this page" for the article's tab (the same message the popup's button sends).
    await captureTabFromPage(options, `${server.origin}/seed.html`, { accept: ['added', 'duplicate'], timeoutMs: 40_000 });
    await poll(async () => ((await options.evaluate(readRows)).todos.length >= SEED_EXPECTED.length ? true : undefined), 'the seed rows', 40_000);
    await article.close();
    // The stored count follows the capture without a reload.
    await poll(
      () => options.evaluate(() => (/^\d+ to-dos from 1 article /.test(document.querySelector('[data-testid=counts]')?.textContent ?? '') ? true : undefined)),
      'the counts',
    );
    const rowsBefore = await options.evaluate(readRows);
    const listBefore = await listedTodos();
    expect(listBefore.map((t) => t.name)).toEqual(expect.arrayContaining(SEED_EXPECTED));

    // The real download: Firefox saves the page's Blob into the folder set above.
    await options.evaluate((name) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
      if (!button) throw new Error(`no button ${name}`);
      button.click();
    }, 'JSON backup (everything, with settings)');
    const fileName = await poll(async () => {
      const done = readdirSync(downloads).filter((f) => /^actionable-\d{4}-\d{2}-\d{2}\.json$/.test(f));
      if (!done.length) return undefined;
      // Complete once it parses (Firefox may still be writing it).
      try {
        JSON.parse(readFileSync(join(downloads, done[0]!), 'utf8'));
        return done[0];
      } catch {
        return undefined;
      }
    }, 'the downloaded backup', 30_000);
    const file = join(downloads, fileName);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'actionable-backup', version: 1 });

    await options.evaluate(wipeRows);
    expect(await options.evaluate(readRows)).toEqual({ articles: [], todos: [] });
    // A raw wipe is invisible to the page's live queries (another connection): open it afresh.
    await options.close();
    options = await open('options.html', 'main.options[aria-busy=false]');
    await poll(
      () => options.evaluate(() => (/^0 to-dos from 0 articles/.test(document.querySelector('[data-testid=counts]')?.textContent ?? '') ? true : undefined)),
      'the emptied counts',
    );
    expect(await listedTodos()).toEqual([]);

    // The page's own file input, given the downloaded file.
    const input = await options.waitForSelector('.import input[type=file]');
    await input!.uploadFile(file);
    const added = rowsBefore.todos.length;
    await poll(async () => ((await lastStatus(options)) === `${added} to-dos added.` ? true : undefined), 'the import');
    expect(await options.evaluate(readRows)).toEqual(rowsBefore);
    expect(await listedTodos()).toEqual(listBefore);

    // The same file again changes nothing.
    await (await options.waitForSelector('.import input[type=file]'))!.uploadFile(file);
    await poll(async () => ((await lastStatus(options)) === '0 to-dos added.' ? true : undefined), 'the second import');
    expect(await options.evaluate(readRows)).toEqual(rowsBefore);

    mkdirSync(ARTIFACTS, { recursive: true });
    await options.setViewport({ width: 900, height: 1200 });
    await options.screenshot({ path: `${ARTIFACTS}/firefox-options.png`, fullPage: true });
    await options.close();
  });
});
