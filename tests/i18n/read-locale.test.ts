// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '../../lib/i18n/current-locale';
import { readLocale } from '../../lib/i18n/read-locale';
import { uiLanguage } from '../../lib/i18n/ui-language';
import { NOTICE } from '../../lib/strings/notice';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the in-page notice reads the language choice raw (content script, no wxt storage layer)', () => {
  it('reads what options stored through the storage item, and the notice follows it', async () => {
    await uiLanguage.setValue('ja');
    expect(await readLocale()).toBe('ja');
    await setLocale(await readLocale());
    expect(NOTICE.saved(8)).toBe('8 件の ToDo を保存しました');
    await uiLanguage.setValue('en');
    await setLocale(await readLocale());
    expect(NOTICE.saved(1)).toBe('1 to-do saved');
    expect(NOTICE.saved(8)).toBe('8 to-dos saved');
  });

  it('follows the browser when nothing (or nonsense) is stored', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP']);
    expect(await readLocale()).toBe('ja');
    await fakeBrowser.storage.local.set({ uiLanguage: 'klingon' });
    expect(await readLocale()).toBe('ja');
    await setLocale('en');
  });
});
