// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { makeCapture } from '../helpers/capture-factory';
import { checkbox, renderPopup, resetPopupWorld, seedArticles } from './render-popup';

beforeEach(resetPopupWorld);

describe('the list', () => {
  it('first run: explains Actionable in two sentences and offers auto-capture', async () => {
    await renderPopup();
    expect(screen.getByRole('heading', { name: 'Turn advice into action' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /auto-capture/i })).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('groups to-dos under their articles, newest first, with "0 / 3 done" and a link to the article', async () => {
    await seedArticles();
    await renderPopup();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['電話を切られたときの対処法', 'Career tips']);
    const group = screen.getByRole('region', { name: '電話を切られたときの対処法' });
    expect(within(group).getByText('0 / 3 done')).toBeTruthy();
    expect(within(group).getByText('example.com')).toBeTruthy();
    expect(within(group).getByRole('link', { name: '電話を切られたときの対処法' }).getAttribute('href')).toBe('https://example.com/advice/1');
    expect(within(group).getAllByRole('checkbox').map((b) => b.getAttribute('aria-label') ?? b.parentElement?.textContent)).toEqual([
      '記録を残す', '上司への報告', '社内規定の確認',
    ]);
  });

  it('collapses and expands a group', async () => {
    await seedArticles();
    await renderPopup();
    const toggle = screen.getByRole('button', { name: 'Collapse 電話を切られたときの対処法' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    await vi.waitFor(() => expect(checkbox('記録を残す')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Expand 電話を切られたときの対処法' }));
    await vi.waitFor(() => expect(checkbox('記録を残す')).toBeTruthy());
  });

  it('checking a to-do saves it, keeps it in sight under Open, and Enter toggles too', async () => {
    await seedArticles();
    await renderPopup();
    fireEvent.click(checkbox('記録を残す')!);
    await vi.waitFor(async () => expect((await db.todos.filter((t) => t.text === '記録を残す').first())?.done).toBe(1));
    await vi.waitFor(() => expect((checkbox('記録を残す') as HTMLInputElement).checked).toBe(true));
    await vi.waitFor(() => expect(screen.getByText('1 / 3 done')).toBeTruthy());
    fireEvent.keyDown(checkbox('上司への報告')!, { key: 'Enter' });
    await vi.waitFor(() => expect((checkbox('上司への報告') as HTMLInputElement).checked).toBe(true));
  });

  it('filters open, done and all', async () => {
    await seedArticles();
    const first = await db.todos.filter((t) => t.text === '記録を残す').first();
    await db.todos.update(first!.id, { done: 1 });
    await renderPopup();
    expect(checkbox('記録を残す')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Done' }));
    await vi.waitFor(() => expect(screen.getAllByRole('checkbox').length).toBe(1));
    expect(checkbox('記録を残す')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'All' }));
    await vi.waitFor(() => expect(screen.getAllByRole('checkbox').length).toBe(5));
  });

  it('renders a page of articles at a time and loads more on request', async () => {
    for (let a = 0; a < 25; a++) {
      await storeCapture(db, makeCapture([`task ${a}`], { canonicalUrl: `https://example.com/${a}` }), a);
    }
    await renderPopup();
    // The first screen renders at once, the rest of the page a frame later.
    await vi.waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(20));
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await vi.waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(25));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
