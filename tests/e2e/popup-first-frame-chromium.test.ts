import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { readRows } from '../helpers/extension-rows';
import { MARKUP_AS_TEXT_PAGE, MARKUP_TODOS } from '../helpers/markup-as-text-page';
import { CHROME_BUILD, CHROMIUM, missing, poll, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';

const skip = missing(CHROMIUM, CHROME_BUILD);
if (skip) console.warn(`Chromium popup first-frame e2e skipped: ${skip}`);

/** lib/first-frame/record.ts's localStorage key and the popup URL's stamp parameter. */
const RECORD_KEY = 'actionable.firstFrame';
const POPUP_SIZE = { width: 400, height: 600 };
/** Markup in a to-do's text: had it been parsed as HTML, it would set this global. */
const HOSTILE_TODO = 'Call HR <img src=x onerror="window.__pwned=1"> today';
const MARKUP_TITLE_PART = '<img src=x onerror=alert(4)>';
const WATCH = '__firstFrameWatch';

interface Seen {
  texts: string[];
  titles: string[];
  at: number;
}
interface Watch {
  /** #app carried data-first-frame at some point. */
  marked: boolean;
  /** The kept frame as first seen with rows: its to-do texts, group titles, whether #app's children were all inert. */
  frame?: Seen & { inert: boolean };
  /** The live list as first seen (no data-first-frame, main.popup settled). */
  live?: Seen;
  /** src of every <img> ever added, and every element ever added with an onerror attribute. */
  imgs: string[];
  handlers: number;
}

// Runs in the popup before its own scripts (serialised by addInitScript: self-contained).
function watchFirstFrame(name: string): void {
  const watch: Watch = { marked: false, imgs: [], handlers: 0 };
  (globalThis as unknown as Record<string, Watch>)[name] = watch;
  const seen = (app: Element): Seen => ({
    texts: [...app.querySelectorAll('.todo-text')].map((t) => t.textContent ?? ''),
    titles: [...app.querySelectorAll('.group-title')].map((t) => t.textContent ?? ''),
    at: performance.now(),
  });
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const el of [node, ...node.querySelectorAll('*')]) {
          if (el.localName === 'img') watch.imgs.push(el.getAttribute('src') ?? '');
          if (el.hasAttribute('onerror')) watch.handlers++;
        }
      }
    }
    const app = document.getElementById('app');
    if (!app) return;
    if (app.hasAttribute('data-first-frame')) {
      watch.marked = true;
      if (!watch.frame && app.querySelector('.todo-text')) {
        watch.frame = { ...seen(app), inert: app.children.length > 0 && [...app.children].every((c) => c.hasAttribute('inert')) };
      }
    } else if (!watch.live && app.querySelector('main.popup[aria-busy="false"] .todo-text')) {
      watch.live = seen(app);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

describe.skipIf(skip !== null)('Chromium: the popup\'s kept first frame (issue 7)', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  /** An extension page opened without a stamp (popup.html): captures, edits and reads from here. */
  let page: Page;
  const dialogs: string[] = [];

  /** The page the toolbar button opens now (lib/first-frame/changed.ts stamps it). */
  const toolbarUrl = async () => (await browser.worker()).evaluate(() => chrome.action.getPopup({}));
  const storedRecord = async () =>
    page.evaluate((key) => {
      const raw = localStorage.getItem(key);
      return raw === null ? null : (JSON.parse(raw) as { stamp: string });
    }, RECORD_KEY);
  const stampOf = (url: string) => new URL(url).searchParams.get('s') ?? '';

  /** Opens the popup at `url`, watched from before its first script, until its live list is in. */
  async function open(url: string): Promise<{ popup: Page; watch: Watch }> {
    const popup = await browser.context.newPage();
    await popup.addInitScript(watchFirstFrame, WATCH);
    await popup.goto(url);
    await popup.locator('main.popup[aria-busy=false]:not([inert]) .todo-text').first().waitFor();
    await popup.waitForFunction((name) => (globalThis as unknown as Record<string, Watch>)[name]?.live !== undefined, WATCH);
    const watch = await popup.evaluate((name) => (globalThis as unknown as Record<string, Watch>)[name]!, WATCH);
    return { popup, watch };
  }
  const liveTexts = (popup: Page) => popup.locator('.todo-text').allTextContents();
  /** Nothing of the kept frame is left once the live list is in. */
  async function expectNoFrameLeft(popup: Page) {
    expect(await popup.locator('[inert]').count()).toBe(0);
    expect(await popup.locator('[data-first-frame]').count()).toBe(0);
  }

  /** "Capture this page" for a served page, handled (and written) by the service worker. */
  async function capture(path: string, done: (texts: string[]) => boolean) {
    const article = await browser.context.newPage();
    await article.goto(`${server.origin}${path}`);
    const outcome = await page.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.runtime.sendMessage({ name: 'captureActiveTab', data: { tabId: tab?.id } });
    }, `${server.origin}${path}`);
    expect(outcome).toMatchObject({ status: 'added' });
    await poll(async () => {
      const rows = await (await browser.worker()).evaluate(readRows);
      return done(rows.todos.map((t) => t.text)) ? true : undefined;
    }, `${path} to be captured`);
    await article.close();
  }

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE }, '/markup.html': { html: MARKUP_AS_TEXT_PAGE } });
    browser = await launchWithExtension({ viewport: POPUP_SIZE });
    browser.context.setDefaultTimeout(10_000);
    browser.context.on('page', (p) =>
      p.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      }),
    );
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await capture('/seed.html', (texts) => texts.includes('記録を残す'));
    // A to-do whose text is markup, edited in this (unstamped) extension page.
    await page.getByRole('button', { name: 'Details for 記録を残す' }).click();
    await page.getByRole('button', { name: 'Edit 記録を残す', exact: true }).click();
    const editor = page.getByRole('textbox', { name: 'Edit to-do' });
    await editor.fill(HOSTILE_TODO);
    await editor.press('Enter');
    await poll(async () => ((await (await browser.worker()).evaluate(readRows)).todos.some((t) => t.text === HOSTILE_TODO) ? true : undefined), 'the edit');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a second opening at the toolbar URL shows the kept frame first, as text, then the live list over it', async () => {
    const url = await toolbarUrl();
    expect(stampOf(url), 'the installed extension stamps its popup').not.toBe('');
    const first = await open(url);
    expect(first.watch.marked, 'nothing kept yet for this stamp').toBe(false);
    // The popup keeps its first data frame for the next opening under the same stamp.
    await expect.poll(async () => (await storedRecord())?.stamp).toBe(stampOf(url));
    await first.popup.close();

    expect(await toolbarUrl(), 'nothing changed: same stamp').toBe(url);
    const { popup, watch } = await open(url);
    expect(watch.frame, 'the kept frame, with rows, before the live list').toBeDefined();
    const frame = watch.frame!;
    expect(frame.inert).toBe(true);
    expect(frame.at).toBeLessThanOrEqual(watch.live!.at);
    expect(frame.texts.length).toBeGreaterThan(0);
    expect(frame.texts).toEqual(watch.live!.texts.slice(0, frame.texts.length));
    expect(frame.texts).toEqual((await liveTexts(popup)).slice(0, frame.texts.length));
    // Markup in a to-do is text in the kept frame too: shown literally, nothing created, nothing run.
    expect(frame.texts).toContain(HOSTILE_TODO);
    expect(watch.imgs.every((src) => src.startsWith('/icon/')), `images added: ${watch.imgs.join(', ')}`).toBe(true);
    expect(watch.handlers).toBe(0);
    expect(await popup.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expectNoFrameLeft(popup);
    // Still styled: the stylesheet is inlined into popup.html by the build.
    expect(await popup.locator('main.popup').evaluate((main) => getComputedStyle(main).maxHeight)).toBe('600px');
    await popup.close();
  });

  it('a check in the popup drops the kept frame; the next opening draws the checked state live', async () => {
    const url = await toolbarUrl();
    const { popup, watch } = await open(url);
    expect(watch.frame).toBeDefined();
    await expectNoFrameLeft(popup);
    expect(await storedRecord()).not.toBeNull();
    // The live list is interactive: a check goes through to the database.
    const box = popup.getByRole('checkbox', { name: '上司への報告', exact: true });
    await box.check();
    await poll(async () => {
      const rows = await (await browser.worker()).evaluate(readRows);
      return rows.todos.find((t) => t.text === '上司への報告')?.done === 1 ? true : undefined;
    }, 'the check to be stored');
    await expect.poll(() => popup.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toBeNull();
    await expect.poll(toolbarUrl).not.toBe(url);
    await popup.close();

    const next = await open(await toolbarUrl());
    expect(next.watch.marked).toBe(false);
    expect(await next.popup.getByRole('checkbox', { name: '上司への報告', exact: true }).count(), 'done: not in the Open view').toBe(0);
    expect(await liveTexts(next.popup)).toContain('社内規定の確認');
    await next.popup.getByRole('radio', { name: 'Done' }).check();
    await expect.poll(() => next.popup.getByRole('checkbox', { name: '上司への報告', exact: true }).isChecked()).toBe(true);
    await next.popup.close();
  });

  it('a change committed by the service worker re-stamps the toolbar popup: no kept frame, the change listed', async () => {
    // An opening under the current stamp keeps a frame…
    const before = await toolbarUrl();
    const primed = await open(before);
    await expect.poll(async () => (await storedRecord())?.stamp).toBe(stampOf(before));
    await primed.popup.close();
    // …which a capture written in the worker (no localStorage there) cannot delete: only re-stamp.
    await capture('/markup.html', (texts) => texts.includes(MARKUP_TODOS.img));
    await expect.poll(toolbarUrl).not.toBe(before);
    expect((await storedRecord())?.stamp).toBe(stampOf(before));

    const after = await toolbarUrl();
    const { popup, watch } = await open(after);
    expect(watch.marked, 'the stale frame is never shown').toBe(false);
    await expect.poll(() => popup.getByText(MARKUP_TODOS.img, { exact: true }).count()).toBeGreaterThan(0);
    // Read under another stamp, the stale record is deleted; this opening keeps its own.
    await expect.poll(async () => (await storedRecord())?.stamp).toBe(stampOf(after));
    await popup.close();
  });

  it('a kept frame with markup in an article title and to-dos shows it as text, and nothing runs', async () => {
    const { popup, watch } = await open(await toolbarUrl());
    const frame = watch.frame!;
    expect(frame, 'the kept frame').toBeDefined();
    expect(frame.titles.some((title) => title.includes(MARKUP_TITLE_PART))).toBe(true);
    expect(frame.texts).toContain(MARKUP_TODOS.img);
    expect(frame.texts).toEqual((await liveTexts(popup)).slice(0, frame.texts.length));
    expect(watch.imgs.every((src) => src.startsWith('/icon/')), `images added: ${watch.imgs.join(', ')}`).toBe(true);
    expect(watch.handlers).toBe(0);
    expect(await popup.locator('script:not([src])').count()).toBe(0);
    await expectNoFrameLeft(popup);
    await popup.waitForTimeout(200);
    expect(await popup.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await popup.close();
  });

  it('popup.html without a stamp never shows a kept frame, even with a valid one stored', async () => {
    const url = await toolbarUrl();
    expect((await storedRecord())?.stamp, 'a frame kept for the toolbar popup').toBe(stampOf(url));
    const { popup, watch } = await open(`chrome-extension://${browser.extensionId}/popup.html`);
    expect(watch.marked).toBe(false);
    expect(await liveTexts(popup)).toContain(MARKUP_TODOS.img);
    await popup.close();
    // …and leaves it for the toolbar popup, which still shows it.
    expect((await storedRecord())?.stamp).toBe(stampOf(url));
    const toolbar = await open(url);
    expect(toolbar.watch.frame).toBeDefined();
    await toolbar.popup.close();
  });
});
