import type { DbSnapshot } from './extension-db';

/**
 * What the auto-capture scenarios need from a real browser, implemented once for Chromium
 * (playwright-core + CDP) and once for Firefox (puppeteer-core + WebDriver BiDi).
 */
export interface Driver<Tab> {
  /** Opens a new tab at `url` and resolves once its document has loaded. */
  open(url: string): Promise<Tab>;
  close(tab: Tab): Promise<void>;
  /** Runs `fn` in the page's own world (as the page's scripts would). */
  inPage<R>(tab: Tab, fn: () => R | Promise<R>): Promise<R>;
  /** Runs `fn(arg)` inside the extension (where `chrome` is its API). */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The in-page notice's text (read through its closed shadow root), or undefined when none. */
  noticeText(tab: Tab): Promise<string | undefined>;
  /** Clicks the notice's button with this exact label; false when there is none. */
  clickNotice(tab: Tab, label: string): Promise<boolean>;
  /** The to-dos the toolbar popup lists. */
  popupTodos(): Promise<string[]>;
  db(): Promise<DbSnapshot>;
  pressEscape(tab: Tab): Promise<void>;
}

/** Plenty for one automatic pass on loopback: load (≤3 s cap), idle slot (≤2 s), analysis. */
export const NOTHING_HAPPENS_MS = 6000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until a value arrives (tests/e2e/environment.ts). */
export { poll as waitFor } from './environment';
