// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../db/database';
import { setDone } from '../../db/todos';
import { themePreference } from '../../lib/theme';
import { renderPopup, resetPopupWorld, seedArticles } from './render-popup';

beforeEach(async () => {
  await resetPopupWorld();
  delete document.documentElement.dataset.theme;
});

describe('the popup around the list', () => {
  it('the gear opens the options page', async () => {
    await seedArticles();
    const open = vi.fn(async () => {});
    Object.assign(fakeBrowser.runtime, { openOptionsPage: open });
    vi.spyOn(window, 'close').mockImplementation(() => {});
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce());
  });

  it('copies one article as a Markdown checklist, done and open to-dos alike', async () => {
    await seedArticles();
    const done = (await db.todos.filter((t) => t.text === '上司への報告').first())!;
    await setDone(db, done.id, true);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void written.push(t) }, configurable: true });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy 電話を切られたときの対処法 as Markdown' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(written[0]).toMatch(/^## \[電話を切られたときの対処法\]\(<https:\/\/example\.com\/advice\/1>\)\n/);
    expect(written[0]).toContain('- [ ] 記録を残す\n');
    expect(written[0]).toContain('- [x] 上司への報告\n');
    expect(written[0]).not.toContain('Update your');
  });

  it('follows the theme chosen in options', async () => {
    await themePreference.setValue('light');
    await renderPopup();
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    await themePreference.setValue('dark');
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});
