// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { render as renderInto } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/OptionsPage';
import { formatDue } from '../../lib/due-date';
import { formatWhen } from '../../lib/format-when';
import { currentLocale, setLocale } from '../../lib/i18n/current-locale';
import { followUiLanguage } from '../../lib/i18n/follow-ui-language';
import { uiLanguage } from '../../lib/i18n/ui-language';
import { strings } from '../../lib/popup-strings';
import { OPTIONS } from '../../lib/strings/options';
import { renderPopup, resetPopupWorld, seedArticles } from '../components/render-popup';

beforeEach(async () => {
  await resetPopupWorld();
  Object.assign(fakeBrowser.commands, {
    getAll: async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+A' },
      { name: 'capture-page', description: 'Capture this page', shortcut: '' },
    ],
  });
});
afterEach(() => setLocale('en'));

describe('the interface in Japanese', () => {
  it('renders the options page in Japanese: headings, choices, counts, shortcuts', async () => {
    await setLocale('ja');
    await seedArticles();
    render(<OptionsPage />);
    expect(await screen.findByText('2 件の記事から 5 件の ToDo をこのコンピューターに保存しています。')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '設定' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '言語と表示' })).toBeTruthy();
    expect(screen.getByLabelText('ブラウザの設定に合わせる')).toBeTruthy();
    expect(screen.getByLabelText('あらゆるアドバイス')).toBeTruthy();
    expect(await screen.findByText('ToDo リストを開く')).toBeTruthy();
    // The command's own (browser-language) description gives way to the chosen language.
    expect(screen.getByText('このページを取り込む')).toBeTruthy();
    expect(screen.getByText('未設定')).toBeTruthy();
    expect(screen.queryByText(/to-dos? from|Options|Keyboard shortcuts/)).toBeNull();
  });

  it('renders the popup in Japanese, with its lazily loaded table', async () => {
    await setLocale('ja');
    await seedArticles();
    await renderPopup();
    expect(screen.getByRole('button', { name: 'このページを取り込む' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'ToDo を検索' })).toBeTruthy();
    expect(screen.getAllByText('3 件中 0 件完了').length).toBeGreaterThan(0);
    expect(screen.queryByText('Capture this page')).toBeNull();
  });

  it('switches live: choosing 日本語 in options re-renders the page in Japanese, and English back', async () => {
    // As entrypoints/options/main.tsx does: one root, rendered again after a switch.
    const root = document.body.appendChild(document.createElement('div'));
    const draw = () => renderInto(<OptionsPage />, root);
    await followUiLanguage(draw);
    draw();
    expect(currentLocale()).toBe('en'); // happy-dom's browser speaks en-US
    fireEvent.click(await screen.findByLabelText('日本語'));
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: '言語と表示' })).toBeTruthy());
    expect(await uiLanguage.getValue()).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
    fireEvent.click(screen.getByLabelText('English'));
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Language and appearance' })).toBeTruthy());
    renderInto(null, root);
  });

  it('follows the browser when set to auto', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'en-US']);
    await uiLanguage.setValue('auto');
    expect(await followUiLanguage()).toBe('ja');
    expect(OPTIONS.heading).toBe('設定');
    expect(strings.capture).toBe('このページを取り込む');
  });

  it('formats dates and numbers with Intl for the chosen language', async () => {
    const day = new Date(2026, 10, 29).getTime();
    await setLocale('ja');
    expect(formatDue(day)).toBe('11月29日');
    expect(formatWhen(day - 3 * 60_000, day)).toBe('3 分前');
    expect(OPTIONS.counts(1234, 1)).toContain('1,234 件の ToDo');
    await setLocale('en');
    expect(formatDue(day)).toBe('Nov 29');
    expect(formatWhen(day - 3 * 60_000, day)).toBe('3 minutes ago');
    expect(OPTIONS.counts(1, 1)).toBe('1 to-do from 1 article stored on this computer.');
    expect(OPTIONS.counts(1234, 2)).toBe('1,234 to-dos from 2 articles stored on this computer.');
  });
});

describe('a refused backup is explained in the chosen language', () => {
  it.each([
    ['not JSON', '{"format":', /^Nothing was imported\. The file is not valid JSON/, /^何も読み込まれませんでした。ファイルが正しい JSON ではありません/],
    ['not a backup', '{"name":"x"}', /^Nothing was imported\. This is not an Actionable backup file\.$/, /^何も読み込まれませんでした。Actionable のバックアップファイルではありません。$/],
    ['a newer format', '{"format":"actionable-backup","version":99}', /newer version of Actionable \(format 99\)/, /新しいバージョンの Actionable で作成されています（形式 99）/],
  ])('%s', async (_name, text, english, japanese) => {
    for (const [locale, expected] of [['en', english], ['ja', japanese]] as const) {
      await setLocale(locale);
      const view = render(<OptionsPage />);
      const input = view.container.querySelector<HTMLInputElement>('input[type=file]')!;
      fireEvent.change(input, { target: { files: [new File([text], 'bad.json', { type: 'application/json' })] } });
      await vi.waitFor(() => expect(view.container.querySelector('.import-status.error')?.textContent).toMatch(expected));
      view.unmount();
    }
  });
});
