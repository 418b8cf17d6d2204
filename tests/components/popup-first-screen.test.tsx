// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import { db } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { startFirstScreen } from '../../lib/popup-first-screen';
import { makeCapture } from '../helpers/capture-factory';
import { checkbox, resetPopupWorld, seedArticles } from './render-popup';

beforeEach(resetPopupWorld);

describe('the first screen, asked for before the popup is drawn', () => {
  it('is in the very first render once its page came: rows, not a busy placeholder', async () => {
    await seedArticles();
    const first = startFirstScreen();
    await first.ready;
    expect(first.page.value?.groups.map((g) => g.todos.length)).toEqual([3, 2]);
    render(<Popup first={first} />);
    // Synchronously after render: no query has answered for this component yet.
    expect(document.querySelector('main.popup')?.getAttribute('aria-busy')).toBe('false');
    expect(checkbox('記録を残す')).toBeTruthy();
    expect(checkbox('Update your résumé')).toBeTruthy();
  });

  it('gives way to the live query: a write made after it was read still shows', async () => {
    await seedArticles();
    const first = startFirstScreen();
    await first.ready;
    await storeCapture(db, makeCapture(['新しいメモを取る'], { canonicalUrl: 'https://example.com/later', url: 'https://example.com/later', title: '後から読んだ記事' }), 3000);
    render(<Popup first={first} />);
    expect(checkbox('新しいメモを取る')).toBeNull();
    await vi.waitFor(() => expect(checkbox('新しいメモを取る')).toBeTruthy());
    // The groups beyond the first screen follow a frame later.
    await vi.waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['後から読んだ記事', '電話を切られたときの対処法', 'Career tips']),
    );
    expect(within(screen.getByRole('region', { name: '電話を切られたときの対処法' })).getAllByRole('checkbox')).toHaveLength(3);
  });

  it('remembers collapsed groups read before the first render', async () => {
    await seedArticles();
    const group = (await db.articles.orderBy('capturedAt').last())!;
    localStorage.setItem('actionable.collapsed', JSON.stringify([group.id]));
    const first = startFirstScreen();
    await first.ready;
    expect([...first.collapsed]).toEqual([group.id]);
    render(<Popup first={first} />);
    expect(checkbox('記録を残す')).toBeNull();
    expect(checkbox('Update your résumé')).toBeTruthy();
  });
});
