import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { main } from '../../entrypoints/background/main';
import { ActionableDB } from '../../db/database';
import { CAPTURE_SCRIPT_ID, syncAutoCapture } from '../../lib/auto-capture-registration';
import { makeCapture } from '../helpers/capture-factory';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let db: ActionableDB;
let fakes: ReturnType<typeof installFakePermissionsAndScripting>;
let warn: ReturnType<typeof vi.spyOn>;

const contentScript = {
  id: fakeBrowser.runtime.id,
  url: 'https://example.com/advice/1',
  tab: { id: 7 },
};

/** Delivers a message the way the browser does and resolves with the answer (or 'no answer'). */
async function deliver(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    let kept = false;
    // The real event passes (message, sender, sendResponse); the fake's types only know two.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(message, sender, resolve).then((returns) => {
      kept = returns.includes(true);
      if (!kept) resolve('no answer');
    });
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakes = installFakePermissionsAndScripting();
  db = new ActionableDB(`bg-${crypto.randomUUID()}`);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  main(db);
});
afterEach(async () => {
  warn.mockRestore();
  await db.delete();
});

describe('background main()', () => {
  it('stores a valid capture from a content script and answers with the count', async () => {
    await fakes.permissions.request({ origins: ['https://*/*'] });
    const answer = await deliver({ name: 'capture', data: makeCapture(['記録を残す', '上司に報告する']) }, contentScript);
    expect(answer).toMatchObject({ status: 'added', added: 2, total: 2 });
    expect(await db.todos.count()).toBe(2);
  });

  it.each([
    ['another extension', { ...contentScript, id: 'someone-else' }],
    ['no sender id (a web page)', { url: 'https://evil.example/', tab: { id: 3 } }],
    ['an extension page posing as a content script', { id: fakeBrowser.runtime.id, url: 'chrome-extension://x/popup.html' }],
  ])('refuses a capture from %s and stores nothing', async (_, sender) => {
    const answer = await deliver({ name: 'capture', data: makeCapture(['記録を残す']) }, sender);
    expect(answer).toBe('no answer');
    expect(await db.todos.count()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/refused/));
  });

  it.each([
    ['a message with no name', { data: makeCapture(['記録を残す']) }],
    ['an unknown message', { name: 'deleteEverything', data: {} }],
    ['a prototype key as name', { name: '__proto__', data: {} }],
    ['a bare string', 'capture'],
  ])('refuses %s', async (_, message) => {
    expect(await deliver(message, contentScript)).toBe('no answer');
    expect(await db.todos.count()).toBe(0);
    expect(warn).toHaveBeenCalled();
  });

  it.each([
    ['items that are not a list', { ...makeCapture(['x']), items: 'x' }],
    ['a javascript: URL', { ...makeCapture(['x']), url: 'javascript:alert(1)' }],
    ['too many items', makeCapture(Array.from({ length: 500 }, (_, i) => `to-do ${i}`))],
  ])('refuses a malformed capture (%s), logs why and stores nothing', async (_, data) => {
    const answer = await deliver({ name: 'capture', data }, contentScript);
    expect(answer).toMatchObject({ status: 'error' });
    expect(await db.articles.count()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/refused a capture/));
  });

  it('answers "none" and stores nothing for a capture without items', async () => {
    expect(await deliver({ name: 'capture', data: makeCapture([]) }, contentScript)).toEqual({ status: 'none' });
    expect(await db.articles.count()).toBe(0);
  });

  it('refuses "captureActiveTab" from a content script', async () => {
    expect(await deliver({ name: 'captureActiveTab', data: {} }, contentScript)).toBe('no answer');
    expect(fakes.executed).toHaveLength(0);
  });
});

describe('auto-capture registration', () => {
  it('registers the capture script for granted web origins only, and unregisters when revoked', async () => {
    await fakes.permissions.request({ origins: ['https://*/*', 'http://*/*'] });
    await syncAutoCapture();
    expect(fakes.registered.get(CAPTURE_SCRIPT_ID)?.matches).toEqual(['http://*/*', 'https://*/*']);
    await fakes.permissions.remove({ origins: ['https://*/*'] });
    await syncAutoCapture();
    expect(fakes.registered.get(CAPTURE_SCRIPT_ID)?.matches).toEqual(['http://*/*']);
    await fakes.permissions.remove({ origins: ['http://*/*'] });
    await syncAutoCapture();
    expect(fakes.registered.has(CAPTURE_SCRIPT_ID)).toBe(false);
  });

  it('follows permission events by itself (main listens to onAdded/onRemoved)', async () => {
    await fakes.permissions.request({ origins: ['http://127.0.0.1/*'] });
    await vi.waitFor(() => expect(fakes.registered.get(CAPTURE_SCRIPT_ID)?.matches).toEqual(['http://127.0.0.1/*']));
    await fakes.permissions.remove({ origins: ['http://127.0.0.1/*'] });
    await vi.waitFor(() => expect(fakes.registered.size).toBe(0));
  });

  it('a burst of changes never registers twice', async () => {
    await fakes.permissions.request({ origins: ['https://*/*'] });
    await Promise.all(Array.from({ length: 10 }, () => syncAutoCapture()));
    expect(fakes.registered.size).toBe(1);
  });

  it('ignores non-web grants such as file:// or <all_urls> beyond http(s)', async () => {
    await fakes.permissions.request({ origins: ['file:///*', '<all_urls>'] });
    await syncAutoCapture();
    expect(fakes.registered.get(CAPTURE_SCRIPT_ID)?.matches).toEqual(['http://*/*', 'https://*/*']);
  });
});
