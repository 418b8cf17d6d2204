import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '../../lib/i18n/current-locale';
import { listen, type Routes } from '../../lib/messaging';
import { BACKGROUND } from '../../lib/strings/background';

/**
 * Issue #6: a handler that fails answers in the interface language. The sentence comes from the
 * caller (the background's table), read when the failure happens: lib/messaging.ts is also in
 * the size-budgeted capture script, which must not carry the background's strings.
 */

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean;

function failingRoutes(): Routes {
  const fail = { from: 'extension-page' as const, handle: () => Promise.reject(new Error('boom')) };
  return { capture: fail, captureActiveTab: fail, undoCapture: fail, blockThisSite: fail, syncReminders: fail, extractHere: fail, showTodos: fail } as unknown as Routes;
}

/** The listener listen() registers, called as the browser would for a message from the popup. */
function ask(listener: Listener): Promise<unknown> {
  const sender = { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') };
  return new Promise((resolve) => listener({ name: 'captureActiveTab', data: {} }, sender, resolve));
}

let listener: Listener;
beforeEach(() => {
  fakeBrowser.reset();
  const add = vi.spyOn(browser.runtime.onMessage, 'addListener');
  listen(failingRoutes(), () => BACKGROUND.failed, () => undefined);
  listener = add.mock.calls[0]![0] as unknown as Listener;
  add.mockRestore();
});
afterEach(() => setLocale('en'));

describe('a failed handler’s answer', () => {
  it('is in English when English is chosen', async () => {
    expect(await ask(listener)).toEqual({ status: 'error', message: 'Something went wrong saving this page. Nothing was lost.' });
  });

  it('follows a switch to Japanese made after listen() was called', async () => {
    await setLocale('ja');
    expect(await ask(listener)).toEqual({ status: 'error', message: 'このページの保存中に問題が起きました。失われたデータはありません。' });
  });
});
