import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureTabFromPage, launchFirefoxWithExtension } from '../helpers/extension-firefox';
import { FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, missing, poll, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';

const skip = missing(FIREFOX, FIREFOX_BUILD);
if (skip) console.warn(`Firefox popup first-frame e2e skipped: ${skip}`);

const POPUP = `moz-extension://${FIREFOX_UUID}/popup.html`;
const RECORD_KEY = 'actionable.firstFrame';

interface Watch {
  /** #app carried data-first-frame at some point. */
  marked: boolean;
  /** The kept frame as first seen with rows: its to-do texts, whether #app's children were all inert. */
  frame?: { texts: string[]; inert: boolean };
  /** The live list as first seen (no data-first-frame, main.popup settled). */
  live?: { texts: string[] };
  /** Whether the watch began before the live list was drawn (else it proves nothing). */
  early: boolean;
  /** [inert] and [data-first-frame] elements left once the live list was in. */
  left: number;
}

describe.skipIf(skip !== null)('Firefox: the popup\'s kept first frame (issue 7)', () => {
  let server: PageServer;
  let browser: Browser;
  /** popup.html without a stamp: captures and reads from here. */
  let page: Page;

  const storedStamp = () =>
    page.evaluate((key) => {
      const raw = localStorage.getItem(key);
      return raw === null ? null : (JSON.parse(raw) as { stamp: string }).stamp;
    }, RECORD_KEY);

  /**
   * Opens the popup at `url` in an iframe of the unstamped extension page and watches it until
   * its live list is in. Firefox runs no WebDriver preload script in moz-extension pages, so the
   * watch is attached from the parent (same origin), which looks every task from the moment the
   * popup's document exists: its first script draws the kept frame, and the live list comes many
   * tasks later (module load, storage and IndexedDB reads).
   */
  async function open(url: string): Promise<Watch> {
    // Runs in the extension page (serialised by evaluate: self-contained).
    const watch = (src: string) =>
      new Promise<Watch>((resolve, reject) => {
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width:400px;height:600px';
        const seen: Watch = { marked: false, early: false, left: -1 };
        let observed = false;
        const texts = (app: Element) => [...app.querySelectorAll('.todo-text')].map((t) => t.textContent ?? '');
        const deadline = Date.now() + 15_000;
        const look = () => {
          const doc = frame.contentDocument;
          const app = doc?.URL === src ? doc.getElementById('app') : null;
          if (!doc || !app) return;
          if (!observed) {
            observed = true;
            seen.early = !app.querySelector('main.popup[aria-busy="false"] .todo-text') || app.hasAttribute('data-first-frame');
            new MutationObserver(look).observe(doc, { subtree: true, childList: true, attributes: true });
          }
          if (app.hasAttribute('data-first-frame')) {
            seen.marked = true;
            if (!seen.frame && app.querySelector('.todo-text')) {
              seen.frame = { texts: texts(app), inert: app.children.length > 0 && [...app.children].every((c) => c.hasAttribute('inert')) };
            }
          } else if (!seen.live && app.querySelector('main.popup[aria-busy="false"] .todo-text')) {
            seen.live = { texts: texts(app) };
          }
        };
        const tick = () => {
          look();
          if (seen.live) {
            seen.left = frame.contentDocument!.querySelectorAll('[inert], [data-first-frame]').length;
            frame.remove();
            resolve(seen);
          } else if (Date.now() > deadline) reject(new Error('no live list in the popup'));
          else setTimeout(tick, 0);
        };
        frame.src = src;
        document.body.append(frame);
        tick();
      });
    const seen = await page.evaluate(watch, url);
    expect(seen.early, 'watched from before the live list').toBe(true);
    return seen;
  }

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE } });
    browser = await launchFirefoxWithExtension();
    const article = await browser.newPage();
    await article.goto(`${server.origin}/seed.html`);
    page = await browser.newPage();
    void page.goto(POPUP).catch(() => undefined);
    await poll(() => page.evaluate(() => (document.querySelector('main.popup[aria-busy=false]') ? true : undefined)), 'the popup');
    await captureTabFromPage(page, `${server.origin}/seed.html`);
    await poll(() => page.evaluate(() => (document.querySelector('.todo-text') ? true : undefined)), 'the list');
    await article.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a second opening at the toolbar URL shows the kept frame, then the live list replaces it', async () => {
    const url = await page.evaluate(() => chrome.action.getPopup({}));
    const stamp = new URL(url).searchParams.get('s');
    expect(stamp, 'the installed extension stamps its popup').toBeTruthy();
    const first = await open(url);
    expect(first.marked).toBe(false);
    await poll(async () => ((await storedStamp()) === stamp ? true : undefined), 'the kept frame');

    expect(await page.evaluate(() => chrome.action.getPopup({}))).toBe(url);
    const second = await open(url);
    expect(second.frame, 'the kept frame, with rows, before the live list').toBeDefined();
    expect(second.frame!.inert).toBe(true);
    expect(second.frame!.texts.length).toBeGreaterThan(0);
    expect(second.frame!.texts).toEqual(second.live!.texts.slice(0, second.frame!.texts.length));
    expect(second.left).toBe(0);
    // popup.html without the stamp (this page's own address) shows none.
    expect((await open(POPUP)).marked).toBe(false);
  });
});
