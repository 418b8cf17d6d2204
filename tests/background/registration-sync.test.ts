import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { main } from '../../entrypoints/background/main';
import { RESUME_ALARM } from '../../entrypoints/background/resume-alarm';
import { ActionableDB } from '../../db/database';
import { CAPTURE_SCRIPT_ID, syncAutoCapture } from '../../lib/auto-capture-registration';
import { PAUSE_HOUR_MS, pauseAutoCapture, resumeAutoCapture } from '../../lib/pause-capture';
import { autoCaptureMode, blockedSites, captureScope, chosenSites, showNotice } from '../../lib/settings';
import { blockSite, unblockSite } from '../../lib/block-site';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let db: ActionableDB;
let fakes: ReturnType<typeof installFakePermissionsAndScripting>;

const script = () => fakes.registered.get(CAPTURE_SCRIPT_ID);
/** Waits until the background's queued re-registration has settled on `expected`. */
const settlesOn = (expected: unknown) => vi.waitFor(() => expect(script() && { matches: script()!.matches, excludeMatches: script()!.excludeMatches ?? [] }).toEqual(expected));
const settlesUnregistered = () => vi.waitFor(() => expect(script()).toBeUndefined());

beforeEach(async () => {
  fakeBrowser.reset();
  fakes = installFakePermissionsAndScripting();
  db = new ActionableDB(`reg-${crypto.randomUUID()}`);
  main(db);
  await syncAutoCapture();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('registration follows every permission change', () => {
  it('nothing granted (a fresh install): nothing registered — only "Capture this page" works', () => {
    expect(fakes.registered.size).toBe(0);
  });

  it('granting all sites registers for the web; revoking in the browser unregisters at once', async () => {
    await fakes.permissions.request({ origins: ['http://*/*', 'https://*/*'] });
    await settlesOn({ matches: ['http://*/*', 'https://*/*'], excludeMatches: [] });
    await fakes.permissions.remove({ origins: ['http://*/*', 'https://*/*'] });
    await settlesUnregistered();
  });

  it('a partial revoke narrows the registration', async () => {
    await fakes.permissions.request({ origins: ['http://*/*', 'https://*/*'] });
    await fakes.permissions.remove({ origins: ['http://*/*'] });
    await settlesOn({ matches: ['https://*/*'], excludeMatches: [] });
  });

  it('a refused prompt registers nothing', async () => {
    fakes.answerPrompts(false);
    expect(await fakes.permissions.request({ origins: ['https://*/*'] })).toBe(false);
    await syncAutoCapture();
    expect(fakes.registered.size).toBe(0);
  });

  it('browser start re-syncs a registration that went stale', async () => {
    await fakes.permissions.request({ origins: ['https://*/*'] });
    await settlesOn({ matches: ['https://*/*'], excludeMatches: [] });
    fakes.registered.clear();
    await fakeBrowser.runtime.onStartup.trigger();
    await settlesOn({ matches: ['https://*/*'], excludeMatches: [] });
  });
});

describe('registration follows every settings change', () => {
  beforeEach(async () => {
    await fakes.permissions.request({ origins: ['http://*/*', 'https://*/*'] });
    await settlesOn({ matches: ['http://*/*', 'https://*/*'], excludeMatches: [] });
  });

  it('blocking a site excludes it and its subdomains; unblocking lifts that', async () => {
    await blockSite('www.Example.com');
    expect(await blockedSites.getValue()).toEqual(['example.com']);
    await settlesOn({
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['http://*.example.com/*', 'https://*.example.com/*'],
    });
    await blockSite('127.0.0.1');
    await settlesOn({
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['http://*.example.com/*', 'http://127.0.0.1/*', 'https://*.example.com/*', 'https://127.0.0.1/*'],
    });
    await unblockSite('example.com');
    await unblockSite('127.0.0.1');
    await settlesOn({ matches: ['http://*/*', 'https://*/*'], excludeMatches: [] });
  });

  it('pausing for an hour unregisters and sets an alarm; the alarm brings capture back', async () => {
    const now = Date.now();
    await pauseAutoCapture(PAUSE_HOUR_MS, now);
    await settlesUnregistered();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(RESUME_ALARM))?.scheduledTime).toBe(now + PAUSE_HOUR_MS));
    vi.useFakeTimers({ now: now + PAUSE_HOUR_MS + 1, toFake: ['Date'] });
    await fakeBrowser.alarms.onAlarm.trigger({ name: RESUME_ALARM, scheduledTime: now + PAUSE_HOUR_MS });
    await settlesOn({ matches: ['http://*/*', 'https://*/*'], excludeMatches: [] });
  });

  it('pausing until turned back on sets no alarm; resuming registers again and clears it', async () => {
    await pauseAutoCapture();
    await settlesUnregistered();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RESUME_ALARM)).toBeFalsy());
    await resumeAutoCapture();
    await settlesOn({ matches: ['http://*/*', 'https://*/*'], excludeMatches: [] });
  });

  it('"only sites I add" registers for the chosen sites only, and only once they are granted', async () => {
    await autoCaptureMode.setValue('chosen-sites');
    await fakes.permissions.remove({ origins: ['http://*/*', 'https://*/*'] });
    await settlesUnregistered();
    await chosenSites.setValue(['example.com']);
    await syncAutoCapture();
    expect(script()).toBeUndefined(); // chosen but not granted: nothing
    await fakes.permissions.request({ origins: ['http://*.example.com/*', 'https://*.example.com/*'] });
    await settlesOn({ matches: ['http://*.example.com/*', 'https://*.example.com/*'], excludeMatches: [] });
    await chosenSites.setValue([]);
    await settlesUnregistered();
  });

  it('switching back to all sites uses every granted web origin again', async () => {
    await autoCaptureMode.setValue('chosen-sites');
    await settlesUnregistered();
    await autoCaptureMode.setValue('all-sites');
    await settlesOn({ matches: ['http://*/*', 'https://*/*'], excludeMatches: [] });
  });

  it('scope and notice settings are read by the page, not registration: it stays as it is', async () => {
    const before = script();
    await captureScope.setValue('all');
    await showNotice.setValue(false);
    await syncAutoCapture();
    expect(script()).toBe(before);
  });
});
