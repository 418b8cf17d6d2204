import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitCapture } from '../helpers/await-capture';
import { badBackups, HTML_PAYLOAD, htmlEverywhere } from '../helpers/bad-backups';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { readRows } from '../helpers/extension-rows';
import { ARTIFACTS, CHROME_BUILD, CHROMIUM, missing, SEED_EXPECTED, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';

const skip = missing(CHROMIUM, CHROME_BUILD);

interface Snapshot {
  articles: unknown[];
  todos: unknown[];
  settings: Record<string, unknown>;
}

/** Everything "untouched" compares: every raw row of both stores and every stored setting. */
async function everything(page: Page): Promise<Snapshot> {
  const rows = await page.evaluate(readRows);
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  const stored = await page.evaluate(() => chrome.storage.local.get(null));
  // The sync engine's own bookkeeping (status, clocks) is written by the background on its own
  // schedule, not by an import: everything else stored must stay exactly as it was.
  const settings = Object.fromEntries(Object.entries(stored).filter(([key]) => !/^sync(Status|LocalChangeAt|Clock|State)/.test(key)));
  return { articles: byId(rows.articles), todos: byId(rows.todos), settings };
}

/**
 * Issue #8, "bad files change nothing", through the real options page in real Chromium: every bad
 * backup of tests/helpers/bad-backups.ts chosen in the file input shows "Nothing was imported."
 * with its reason, and the database and settings read raw afterwards are identical. Then a valid
 * backup with HTML in every field imports, and the popup shows that HTML as text.
 */
describe.skipIf(skip !== null)('Chromium: importing bad backups through the options page', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let options: Page;
  let good: string;
  const files = mkdtempSync(join(tmpdir(), 'actionable-bad-backups-'));
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE } });
    browser = await launchWithExtension();
    browser.context.on('page', (page) =>
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
    );
    const article = await browser.context.newPage();
    await awaitCapture(browser, article, `${server.origin}/seed.html`, (r) => r.todos.length >= SEED_EXPECTED.length);
    await article.close();
    // Settings that are not the defaults, so an import that touched them would show.
    await (await browser.worker()).evaluate(() => chrome.storage.local.set({ captureScope: 'all', blockedSites: ['example.org'], theme: 'dark' }));
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('main.options[aria-busy=false]').waitFor();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'JSON backup (everything, with settings)' }).click(),
    ]);
    good = readFileSync((await download.path())!, 'utf8');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  async function importFile(name: string, bytes: Uint8Array | string): Promise<string> {
    // On disk, as a user's file is (and a 26 MB buffer need not cross the DevTools protocol).
    const path = join(files, name.replace(/[^\w.-]+/g, '-'));
    writeFileSync(path, bytes);
    // A fresh page each time: the status line of the file before cannot be mistaken for this one's.
    await options.reload();
    await options.locator('main.options[aria-busy=false]').waitFor();
    await options.getByLabel('Choose a JSON backup file').setInputFiles(path);
    const status = options.locator('.import-status');
    await expect.poll(() => status.getAttribute('class'), { timeout: 30_000 }).toMatch(/\b(ok|error)\b/);
    return (await status.textContent()) ?? '';
  }

  it('every bad file: a clear message, and the database and settings are untouched', async () => {
    const before = await everything(options);
    expect(before.todos.length).toBeGreaterThanOrEqual(SEED_EXPECTED.length);
    const seen: string[] = [];
    for (const bad of badBackups(good)) {
      const shown = await importFile(`${bad.kind} ${bad.name}.json`, bad.bytes);
      seen.push(`${bad.kind}: ${bad.name} → ${shown}`);
      expect(shown, `${bad.kind}: ${bad.name}`).toMatch(/^Nothing was imported\. /);
      expect(shown.replace(/^Nothing was imported\. /, ''), `${bad.kind}: ${bad.name}`).toMatch(bad.message);
      expect(await everything(options), `${bad.kind}: ${bad.name} changed the data`).toEqual(before);
    }
    console.info(seen.join('\n'));
    expect(new Set(badBackups(good).map((b) => b.kind)).size).toBe(5);
    // Control: the good file itself goes through the same input and is accepted (adding nothing new).
    expect(await importFile('good.json', good)).toBe('0 to-dos added.');
    const after = await everything(options);
    expect([after.articles, after.todos]).toEqual([before.articles, before.todos]);
    // The file's settings are applied: the same values, the defaults now stored explicitly.
    expect(after.settings).toMatchObject(before.settings);
  }, 240_000);

  it('HTML in every field of a valid backup is imported and shown as text; nothing runs', async () => {
    const file = htmlEverywhere(good);
    const shown = await importFile('html.json', file);
    const count = (JSON.parse(file) as { todos: unknown[] }).todos.length;
    expect(shown).toMatch(new RegExp(`^${count} to-dos? added\\.$`));

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('main.popup[aria-busy=false]').waitFor();
    await popup.getByRole('radio', { name: 'All' }).click();
    for (let i = 0; i < count; i++) {
      await expect.poll(() => popup.getByText(`${HTML_PAYLOAD} to-do ${i}`, { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    expect(await popup.getByText(`${HTML_PAYLOAD} title 0`, { exact: false }).count()).toBeGreaterThan(0);
    // Had any of it been parsed as HTML, these would exist now, or the payload would have run.
    expect(await popup.locator('img[src="x"], [onerror], script:not([src]), h1:text-is("0")').count()).toBe(0);
    for (const href of await popup.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href, 'every link is a web link').toMatch(/^https?:\/\//);
    }
    await popup.waitForTimeout(500);
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await options.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.getByText(`${HTML_PAYLOAD} to-do 0`, { exact: true }).first().scrollIntoViewIfNeeded();
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, 'import-html-as-text.png') });
    await popup.close();
  }, 120_000);
});
