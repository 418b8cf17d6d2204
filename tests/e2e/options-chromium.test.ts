import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROME_BUILD, CHROMIUM, missing, poll, SEED_EXPECTED, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';
import { readRows, wipeRows } from '../helpers/extension-rows';

const skip = missing(CHROMIUM, CHROME_BUILD);
if (skip) console.warn(`Chromium options e2e skipped: ${skip}`);

describe.skipIf(skip !== null)('Chromium: the options page', () => {
  let server: PageServer;
  let context: BrowserContext;
  let extensionId: string;
  let profile: string;
  let downloads: string;

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE } });
    profile = mkdtempSync(join(tmpdir(), 'actionable-options-'));
    downloads = mkdtempSync(join(tmpdir(), 'actionable-downloads-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      downloadsPath: downloads,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`,
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    await poll(
      () => worker.evaluate(async () => ((await chrome.scripting.getRegisteredContentScripts()).length ? true : undefined)),
      'the capture script to be registered',
    );
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    for (const dir of [profile, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openOptions(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('main.options[aria-busy=false]').waitFor();
    return page;
  }

  async function listedTodos(): Promise<string[]> {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('main.popup[aria-busy=false]').waitFor();
    await popup.getByRole('radio', { name: 'All' }).click();
    await popup.locator('.todo-text').first().waitFor();
    const texts = await popup.locator('.todo-text').allTextContents();
    await popup.close();
    return texts;
  }

  it('export → wipe → import gives back the identical list', async () => {
    // Options first, then the article in front: a background tab may never get the idle slot
    // the capture waits for.
    const options = await openOptions();
    const article = await context.newPage();
    await article.goto(`${server.origin}/seed.html`);
    await poll(async () => ((await options.evaluate(readRows)).todos.length >= SEED_EXPECTED.length ? true : undefined), 'the seed capture', 40_000);
    // The capture arrived while the page was open: the stored count follows it without a reload.
    await expect.poll(() => options.getByTestId('counts').textContent(), { timeout: 10_000 }).toMatch(/^\d+ to-dos from 1 article /);
    await article.close();
    const rowsBefore = await options.evaluate(readRows);
    const listBefore = await listedTodos();
    expect(listBefore).toEqual(expect.arrayContaining(SEED_EXPECTED));

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'JSON backup (everything, with settings)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^actionable-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'actionable-backup', version: 1 });

    await options.evaluate(wipeRows);
    await options.reload();
    await options.locator('main.options[aria-busy=false]').waitFor();
    await expect.poll(() => options.getByTestId('counts').textContent()).toMatch(/^0 to-dos from 0 articles/);

    // A broken file first: a clear message, nothing written.
    await options.getByLabel('Choose a JSON backup file').setInputFiles({
      name: 'broken.json', mimeType: 'application/json', buffer: readFileSync(file).subarray(0, 200),
    });
    await expect.poll(() => options.getByRole('status').last().textContent()).toMatch(/^Nothing was imported\. The file is not valid JSON/);
    expect(await options.evaluate(readRows)).toEqual({ articles: [], todos: [] });

    await options.getByLabel('Choose a JSON backup file').setInputFiles(file);
    const added = (rowsBefore.todos as unknown[]).length;
    await expect.poll(() => options.getByRole('status').last().textContent()).toBe(`${added} to-dos added.`);
    expect(await options.evaluate(readRows)).toEqual(rowsBefore);
    expect(await listedTodos()).toEqual(listBefore);

    // The same file again changes nothing.
    await options.getByLabel('Choose a JSON backup file').setInputFiles(file);
    await expect.poll(() => options.getByRole('status').last().textContent()).toBe('0 to-dos added.');
    expect(await options.evaluate(readRows)).toEqual(rowsBefore);

    mkdirSync(ARTIFACTS, { recursive: true });
    await options.setViewportSize({ width: 900, height: 1200 });
    await options.screenshot({ path: `${ARTIFACTS}/chromium-options.png`, fullPage: true });
    await options.close();
  });

  it('shows the keyboard shortcuts from the manifest and whether storage is persistent', async () => {
    const options = await openOptions();
    await expect.poll(() => options.locator('.shortcuts dt').allTextContents()).toEqual(
      expect.arrayContaining(['Open the to-do list', 'Capture this page']),
    );
    // Headless Chromium may leave suggested keys unassigned: each row shows its key or "Not set".
    for (const shown of await options.locator('.shortcuts dd').allTextContents()) expect(shown).toMatch(/^(Alt\+Shift\+[AC]|Not set)$/);
    await expect.poll(() => options.locator('[data-persisted]').getAttribute('data-persisted')).not.toBe('unknown');
    await options.close();
  });
});
