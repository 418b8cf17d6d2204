import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/extension-browser';
import { readRows } from '../helpers/extension-rows';
import { ARTIFACTS, CHROME_BUILD, CHROMIUM, missing, poll, SEED_EXPECTED, SEED_PAGE } from './environment';
import { servePages, type PageServer } from './page-server';
import { readPopupTodos } from './popup-todos';

const skip = missing(CHROMIUM, CHROME_BUILD);
if (skip) console.warn(`Chromium sync e2e skipped: ${skip}`);

type Items = Record<string, unknown>;

/**
 * The browsers cannot sign in here, so the test plays Chrome Sync: it reads each profile's
 * storage.sync from its service worker and writes what changed into the other's, which fires
 * storage.onChanged there exactly as an incoming sync does. Changes of one round are taken from
 * both sides before anything is written, so a write is never mistaken for a change.
 */
class SyncBridge {
  private readonly seen = [new Map<string, string>(), new Map<string, string>()];
  moved = 0;

  constructor(private readonly sides: [ExtensionBrowser, ExtensionBrowser]) {}

  private async items(side: ExtensionBrowser): Promise<Items> {
    return (await side.worker()).evaluate(() => chrome.storage.sync.get(null));
  }

  async step(): Promise<void> {
    const now = await Promise.all(this.sides.map((s) => this.items(s)));
    const outgoing = now.map((items, i) => {
      const seen = this.seen[i]!;
      const set: Items = {};
      for (const [key, value] of Object.entries(items)) if (seen.get(key) !== JSON.stringify(value)) set[key] = value;
      const remove = [...seen.keys()].filter((key) => !(key in items));
      this.seen[i] = new Map(Object.entries(items).map(([k, v]) => [k, JSON.stringify(v)]));
      return { set, remove };
    });
    for (const [i, { set, remove }] of outgoing.entries()) {
      if (!Object.keys(set).length && !remove.length) continue;
      const j = 1 - i;
      const worker = await this.sides[j]!.worker();
      await worker.evaluate(async ({ set, remove }) => {
        if (remove.length) await chrome.storage.sync.remove(remove);
        if (Object.keys(set).length) await chrome.storage.sync.set(set);
      }, { set, remove });
      for (const key of remove) this.seen[j]!.delete(key);
      for (const [key, value] of Object.entries(set)) this.seen[j]!.set(key, JSON.stringify(value));
      this.moved += Object.keys(set).length + remove.length;
    }
  }
}

/** The to-dos as the user owns them, in a form both profiles must agree on. */
async function ownedTodos(side: ExtensionBrowser) {
  const { todos, articles } = await (await side.extensionPage()).evaluate(readRows);
  return {
    articles: articles.map((a) => `${a.id} ${a.title} ${a.deletedAt === undefined ? 'live' : 'trashed'}`).sort(),
    todos: todos.map((t) => `${t.articleId} ${t.key} ${t.text} done=${t.done} ${t.deletedAt === undefined ? 'live' : 'trashed'}`).sort(),
  };
}

async function openPopup(side: ExtensionBrowser): Promise<Page> {
  const popup = await side.context.newPage();
  await popup.goto(`chrome-extension://${side.extensionId}/popup.html`);
  await popup.locator('main.popup[aria-busy=false]').waitFor();
  return popup;
}

async function turnSyncOn(side: ExtensionBrowser): Promise<Page> {
  const options = await side.context.newPage();
  await options.goto(`chrome-extension://${side.extensionId}/options.html`);
  await options.locator('main.options[aria-busy=false]').waitFor();
  await options.getByRole('checkbox', { name: 'Sync across my browsers' }).check();
  await expect.poll(() => options.getByTestId('sync-status').getAttribute('data-state'), { timeout: 20_000 }).toBe('ok');
  return options;
}

describe.skipIf(skip !== null)('Chromium: sync across two browser profiles', () => {
  let server: PageServer;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let bridge: SyncBridge;
  let bridging = true;
  let loop: Promise<void> | undefined;

  beforeAll(async () => {
    server = await servePages({ '/seed.html': { file: SEED_PAGE } });
    a = await launchWithExtension();
    b = await launchWithExtension();
    bridge = new SyncBridge([a, b]);
  });

  afterAll(async () => {
    bridging = false;
    await loop?.catch(() => undefined);
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('a capture in one profile reaches the other; edits on both converge to the same list', async () => {
    const optionsA = await turnSyncOn(a);
    await turnSyncOn(b);
    loop = (async () => {
      while (bridging) {
        await bridge.step().catch(() => undefined);
        await new Promise((r) => setTimeout(r, 300));
      }
    })();

    // A reads the seed article ("Capture this page" for its tab, as the popup's button does).
    const article = await a.context.newPage();
    await article.goto(`${server.origin}/seed.html`);
    const popupA = await openPopup(a);
    const outcome = await popupA.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.runtime.sendMessage({ name: 'captureActiveTab', data: { tabId: tab?.id } });
    }, `${server.origin}/seed.html`);
    expect(outcome).toMatchObject({ status: 'added' });
    await article.close();

    // B, which never saw the page, gets the article and every to-do, live in its open popup.
    const popupB = await openPopup(b);
    await popupB.getByRole('radio', { name: 'All' }).click();
    for (const text of SEED_EXPECTED) {
      await expect.poll(() => popupB.getByRole('checkbox', { name: text, exact: true }).count(), { timeout: 30_000 }).toBe(1);
    }
    const initial = await ownedTodos(a);
    expect(await ownedTodos(b)).toEqual(initial);

    // Edits on both sides, through the popups: B checks one; A checks another and deletes a third.
    await popupB.getByRole('checkbox', { name: '記録を残す', exact: true }).check();
    await popupA.getByRole('radio', { name: 'All' }).click();
    await popupA.getByRole('checkbox', { name: '冷静さを保つ', exact: true }).check();
    await popupA.getByRole('button', { name: 'Details for 社内規定の確認' }).click();
    await popupA.getByRole('button', { name: 'Delete 社内規定の確認', exact: true }).click();

    const converged = await poll(async () => {
      const [viewA, viewB] = [await ownedTodos(a), await ownedTodos(b)];
      return JSON.stringify(viewA) === JSON.stringify(viewB) && viewA.todos.some((t) => t.includes('記録を残す done=1')) &&
        viewA.todos.some((t) => t.includes('冷静さを保つ done=1')) && viewA.todos.some((t) => t.includes('社内規定の確認 done=0 trashed'))
        ? viewA
        : undefined;
    }, 'both profiles to converge', 45_000);
    expect(converged.todos).toHaveLength(initial.todos.length);
    expect(converged.articles).toHaveLength(1);
    expect(converged.todos.filter((t) => t.endsWith('live'))).toHaveLength(initial.todos.length - 1);

    // Both popups show the same list (reopened, in the same view).
    const listed = [];
    for (const side of [a, b]) {
      const popup = await openPopup(side);
      await popup.getByRole('radio', { name: 'All' }).click();
      await expect.poll(() => popup.getByRole('checkbox', { name: '記録を残す', exact: true }).isChecked()).toBe(true);
      listed.push(await popup.evaluate(readPopupTodos));
      await popup.close();
    }
    expect(listed[1]).toEqual(listed[0]);
    expect(listed[0]!.find((t) => t.name === '社内規定の確認')).toBeUndefined();
    expect(bridge.moved).toBeGreaterThan(0);

    // The options page says how it went.
    await optionsA.reload();
    await expect.poll(() => optionsA.getByTestId('sync-status').textContent(), { timeout: 20_000 }).toMatch(/Last synced .*All \d+ to-dos are synced\./);
    mkdirSync(ARTIFACTS, { recursive: true });
    await optionsA.setViewportSize({ width: 900, height: 1400 });
    await optionsA.getByRole('heading', { name: 'Sync' }).scrollIntoViewIfNeeded();
    await optionsA.locator('section[aria-labelledby=sync-heading]').screenshot({ path: `${ARTIFACTS}/chromium-options-sync.png` });
    await optionsA.screenshot({ path: `${ARTIFACTS}/chromium-options-sync-page.png`, fullPage: true });
  }, 180_000);
});
