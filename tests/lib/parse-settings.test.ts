import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../lib/parse-settings';
import { DEFAULT_SETTINGS } from '../../lib/setting-keys';

describe('settings as the content script reads them (raw storage)', () => {
  it('nothing stored: the defaults — career scope, notice on, private windows off, all granted sites', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ scope: 'career', showNotice: true, captureInPrivate: false, pausedUntil: 0 });
  });

  it('reads stored values by their storage keys', () => {
    expect(
      parseSettings({ captureScope: 'all', blockedSites: ['a.example'], pausedUntil: 5, showNotice: false, autoCaptureMode: 'chosen-sites', chosenSites: ['b.example'], captureInPrivate: true }),
    ).toEqual({ scope: 'all', blockedSites: ['a.example'], pausedUntil: 5, showNotice: false, autoCaptureMode: 'chosen-sites', chosenSites: ['b.example'], captureInPrivate: true });
  });

  it('a value of the wrong shape falls back to its default instead of breaking capture', () => {
    expect(
      parseSettings({ captureScope: 'everything', blockedSites: 'a.example', pausedUntil: 'soon', showNotice: 1, autoCaptureMode: null, chosenSites: [1], captureInPrivate: 'yes' }),
    ).toEqual(DEFAULT_SETTINGS);
  });
});
