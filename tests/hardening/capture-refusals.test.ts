import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { handleCapture } from '../../entrypoints/background/handle-capture';
import { CAPTURE_LIMITS } from '../../lib/validate-capture';
import { makeCapture as makeAnyCapture } from '../helpers/capture-factory';

const sender: Browser.runtime.MessageSender & { url: string } = { id: fakeBrowser.runtime.id, url: 'https://example.com/advice/1', tab: { id: 9 } as Browser.tabs.Tab };
let db: ActionableDB;
/** Manual captures: the auto-capture permission gate is tested elsewhere; here only storage matters. */
const makeCapture: typeof makeAnyCapture = (texts, overrides = {}) => makeAnyCapture(texts, { via: 'manual', ...overrides });
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new ActionableDB(`refuse-${crypto.randomUUID()}`);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await handleCapture(db, makeCapture(['記録を残す'], { canonicalUrl: 'https://example.com/earlier' }), sender);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const big = (n: number) => 'x'.repeat(n + 1);
const one = makeCapture(['上司に報告する']);

describe('oversized captures are refused with a logged reason, and change nothing', () => {
  it.each<[string, unknown, RegExp]>([
    ['too many items', makeCapture(Array.from({ length: CAPTURE_LIMITS.items + 1 }, (_, i) => `項目${i}を試す`)), /items has more than 200/],
    ['a 10 MB to-do', { ...one, items: [{ ...one.items[0], text: 'x'.repeat(10_000_000) }] }, /items\[0\]\.text is longer/],
    ['a huge quote', { ...one, items: [{ ...one.items[0], quote: big(CAPTURE_LIMITS.quoteChars) }] }, /items\[0\]\.quote is longer/],
    ['a huge detail', { ...one, items: [{ ...one.items[0], detail: big(CAPTURE_LIMITS.detailChars) }] }, /items\[0\]\.detail is longer/],
    ['a huge title', { ...one, title: big(CAPTURE_LIMITS.titleChars) }, /title is longer/],
    ['a huge URL', { ...one, url: `https://e.com/${big(CAPTURE_LIMITS.urlChars)}` }, /url is longer/],
    ['too many reasons', { ...one, reasons: Array(1000).fill('r') }, /reasons has more than/],
  ])('%s', async (_name, data, reason) => {
    const before = { articles: await db.articles.toArray(), todos: await db.todos.toArray() };
    const outcome = await handleCapture(db, data, sender);
    expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/cannot store/) });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(reason));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(sender.url));
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.todos.toArray()).toEqual(before.todos);
  });
});

describe('a page cannot write into another site\'s article', () => {
  // Found 2026-11-28, fixed in 6884c85: the article id came from the page-controlled
  // <link rel=canonical> with no check that it is on the page's own site, so https://evil.example
  // could add to-dos to (and retitle) an article the user captured from another site.
  it('a canonical URL on another host does not merge into that host\'s article', async () => {
    const spoof = makeCapture(['この番号に今すぐ電話する'], {
      url: 'https://evil.example/post',
      canonicalUrl: 'https://example.com/earlier',
      title: 'Hijacked',
    });
    await handleCapture(db, spoof, { ...sender, url: spoof.url });
    const victim = await db.articles.where('site').equals('example.com').toArray();
    expect(victim.map((a) => a.title)).not.toContain('Hijacked');
    const victimTodos = await db.todos.where('articleId').equals(victim[0]!.id).toArray();
    expect(victimTodos.map((t) => t.text)).toEqual(['記録を残す']);
  });
});
