// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/OptionsPage';
import { db } from '../../db/database';
import { exportFile, exportFileName } from '../../lib/data-files';
import { followTheme, themePreference } from '../../lib/theme';
import { resetPopupWorld, seedArticles } from './render-popup';

beforeEach(async () => {
  await resetPopupWorld();
  Object.assign(fakeBrowser.commands, {
    getAll: async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+A' },
      { name: 'capture-page', description: 'Capture this page', shortcut: '' },
    ],
  });
});
afterEach(() => {
  delete document.documentElement.dataset.theme;
});

const rows = async () => ({ articles: await db.articles.orderBy('id').toArray(), todos: await db.todos.orderBy('id').toArray() });
const chooseFile = (text: string, name = 'backup.json') =>
  fireEvent.change(screen.getByLabelText('Choose a JSON backup file'), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });

describe('the options page', () => {
  it('shows how much is stored, the auto-capture controls and the shortcuts with where to change them', async () => {
    await seedArticles();
    render(<OptionsPage />);
    expect(await screen.findByText('5 to-dos from 2 articles stored on this computer.')).toBeTruthy();
    expect(await screen.findByText(/Auto-capture is off/)).toBeTruthy();
    expect(screen.getByLabelText('Any advice')).toBeTruthy();
    expect(await screen.findByText('Open the to-do list')).toBeTruthy();
    expect(screen.getByText('Alt+Shift+A')).toBeTruthy();
    expect(screen.getByText('Not set')).toBeTruthy();
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    expect(screen.getByText(/Manage Extension Shortcuts/)).toBeTruthy();
  });

  it('stores the theme; it recolours the page at once', async () => {
    const stop = followTheme();
    render(<OptionsPage />);
    fireEvent.click(await screen.findByLabelText('Dark'));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(await themePreference.getValue()).toBe('dark');
    fireEvent.click(screen.getByLabelText('Follow the system'));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
    stop();
  });

  it('downloads each export as actionable-YYYY-MM-DD.<ext>', async () => {
    await seedArticles();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<OptionsPage />);
    for (const label of ['Markdown (checklists)', 'CSV (spreadsheet)', 'JSON backup (everything, with settings)']) {
      fireEvent.click(await screen.findByRole('button', { name: label }));
    }
    await vi.waitFor(() => expect(names).toHaveLength(3));
    const day = exportFileName('md').slice(0, -3);
    expect(names).toEqual([`${day}.md`, `${day}.csv`, `${day}.json`]);
    expect(day).toMatch(/^actionable-\d{4}-\d{2}-\d{2}$/);
  });

  it('imports a backup into an empty list and says how many to-dos it added; twice adds none', async () => {
    await seedArticles();
    const before = await rows();
    const backup = (await exportFile(db, 'json')).text;
    await Promise.all([db.articles.clear(), db.todos.clear()]);
    render(<OptionsPage />);
    await screen.findByText('0 to-dos from 0 articles stored on this computer.');
    chooseFile(backup);
    expect(await screen.findByText('5 to-dos added.')).toBeTruthy();
    expect(await rows()).toEqual(before);
    chooseFile(backup);
    expect(await screen.findByText('0 to-dos added.')).toBeTruthy();
    expect(await rows()).toEqual(before);
  });

  it.each([
    ['truncated', (good: string) => good.slice(0, 100), /Nothing was imported\. The file is not valid JSON/],
    ['some other JSON', () => '{"hello":1}', /Nothing was imported\. This is not an Actionable backup file\./],
    ['a newer version', (good: string) => good.replace('"version":1', '"version":9'), /newer version/],
  ])('a %s file gets a clear message and writes nothing', async (_, make, message) => {
    await seedArticles();
    const good = JSON.stringify(JSON.parse((await exportFile(db, 'json')).text));
    await db.todos.limit(2).delete();
    const before = await rows();
    render(<OptionsPage />);
    chooseFile(make(good));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(await rows()).toEqual(before);
  });
});
