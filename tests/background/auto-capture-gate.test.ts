import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { main } from '../../entrypoints/background/main';
import { ActionableDB } from '../../db/database';
import { pauseAutoCapture, PAUSE_HOUR_MS } from '../../lib/pause-capture';
import { autoCaptureMode, blockedSites, captureInPrivate, captureScope, chosenSites } from '../../lib/settings';
import { makeCapture } from '../helpers/capture-factory';
import { contentScriptIn, deliver } from '../helpers/deliver-message';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let db: ActionableDB;
let fakes: ReturnType<typeof installFakePermissionsAndScripting>;
const PAGE = 'https://example.com/advice/1';
const capture = (via: 'auto' | 'manual' = 'auto') => ({ name: 'capture', data: makeCapture(['記録を残す', '上司に報告する'], { via }) });

beforeEach(async () => {
  fakeBrowser.reset();
  fakes = installFakePermissionsAndScripting();
  db = new ActionableDB(`gate-${crypto.randomUUID()}`);
  vi.spyOn(console, 'info').mockImplementation(() => {});
  main(db);
  await fakes.permissions.request({ origins: ['https://*/*'] });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('the background re-checks every automatic capture before storing it', () => {
  it('stores one from a granted site, answering with an id for Undo', async () => {
    const answer = await deliver(capture(), contentScriptIn(7, PAGE));
    expect(answer).toMatchObject({ status: 'added', added: 2, total: 2, captureId: expect.any(String) });
  });

  it.each<[string, () => Promise<unknown>, ReturnType<typeof contentScriptIn>]>([
    ['the permission was revoked in the browser', () => fakes.permissions.remove({ origins: ['https://*/*'] }), contentScriptIn(7, PAGE)],
    ['auto-capture is paused', () => pauseAutoCapture(PAUSE_HOUR_MS), contentScriptIn(7, PAGE)],
    ['the site is blocked', () => blockedSites.setValue(['example.com']), contentScriptIn(7, 'https://blog.example.com/a')],
    ['the site was not chosen ("only sites I add")', () => autoCaptureMode.setValue('chosen-sites'), contentScriptIn(7, PAGE)],
    ['the tab is private and private capture is off', async () => undefined, contentScriptIn(7, PAGE, true)],
  ])('refuses one when %s, and stores nothing', async (_, change, sender) => {
    await change();
    expect(await deliver(capture(), sender)).toEqual({ status: 'none' });
    expect(await db.articles.count()).toBe(0);
  });

  it('stores from a chosen site in "only sites I add" mode, and from private tabs once allowed', async () => {
    await autoCaptureMode.setValue('chosen-sites');
    await chosenSites.setValue(['example.com']);
    expect(await deliver(capture(), contentScriptIn(7, PAGE))).toMatchObject({ status: 'added' });
    await captureInPrivate.setValue(true);
    const other = makeCapture(['社内規定を確認する'], { url: 'https://example.com/b', canonicalUrl: 'https://example.com/b' });
    expect(await deliver({ name: 'capture', data: other }, contentScriptIn(8, 'https://example.com/b', true))).toMatchObject({ status: 'added' });
  });

  it('"Capture this page" (manual) is the user asking: no host permission, pause or block list needed', async () => {
    await fakes.permissions.remove({ origins: ['https://*/*'] });
    await pauseAutoCapture();
    await blockedSites.setValue(['example.com']);
    expect(await deliver(capture('manual'), contentScriptIn(7, PAGE))).toMatchObject({ status: 'added', added: 2 });
  });

  it('scope is the page’s call: a career capture is stored whatever the scope says', async () => {
    await captureScope.setValue('all');
    expect(await deliver(capture(), contentScriptIn(7, PAGE))).toMatchObject({ status: 'added' });
  });
});
