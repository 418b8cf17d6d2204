import { describe, expect, it } from 'vitest';
import { autoCaptureRefusal } from '../../lib/capture-policy';
import { DEFAULT_SETTINGS, PAUSED_UNTIL_RESUMED, type CaptureSettings } from '../../lib/setting-keys';

const NOW = 1_700_000_000_000;
const refusal = (url: string, settings: Partial<CaptureSettings> = {}, incognito = false) =>
  autoCaptureRefusal({ url, incognito, settings: { ...DEFAULT_SETTINGS, ...settings }, now: NOW });

describe('where and when auto-capture may run', () => {
  it('runs on an ordinary web page with the defaults', () => {
    expect(refusal('https://example.com/a')).toBeNull();
  });

  it.each<[string, string, Partial<CaptureSettings>, boolean, string]>([
    ['a browser page', 'chrome://settings', {}, false, 'not a web page'],
    ['an extension page', 'chrome-extension://abc/popup.html', {}, false, 'not a web page'],
    ['a file', 'file:///home/me/a.html', {}, false, 'not a web page'],
    ['the add-on store', 'https://addons.mozilla.org/en-US/firefox/', {}, false, 'not a web page'],
    ['a private window', 'https://example.com/a', {}, true, 'private window'],
    ['a pause for an hour', 'https://example.com/a', { pausedUntil: NOW + 1 }, false, 'paused'],
    ['a pause until resumed', 'https://example.com/a', { pausedUntil: PAUSED_UNTIL_RESUMED }, false, 'paused'],
    ['a blocked site', 'https://www.example.com/a', { blockedSites: ['example.com'] }, false, 'site blocked'],
    ['a site not chosen', 'https://other.example/a', { autoCaptureMode: 'chosen-sites', chosenSites: ['example.com'] }, false, 'site not chosen'],
  ])('refuses %s', (_, url, settings, incognito, reason) => {
    expect(refusal(url, settings, incognito)).toBe(reason);
  });

  it('runs again once a timed pause is over, in private windows once allowed, and on chosen sites', () => {
    expect(refusal('https://example.com/a', { pausedUntil: NOW })).toBeNull();
    expect(refusal('https://example.com/a', { captureInPrivate: true }, true)).toBeNull();
    expect(refusal('https://blog.example.com/a', { autoCaptureMode: 'chosen-sites', chosenSites: ['example.com'] })).toBeNull();
  });
});
