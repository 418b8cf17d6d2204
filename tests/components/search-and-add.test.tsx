// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { makeCapture } from '../helpers/capture-factory';
import { checkbox, renderPopup, resetPopupWorld, seedArticles } from './render-popup';

beforeEach(async () => {
  await resetPopupWorld();
  await seedArticles();
});

const visibleTodos = () => screen.queryAllByRole('checkbox').map((b) => b.parentElement?.textContent?.trim());

describe('search', () => {
  it('「報告」 leaves only matching to-dos; clearing brings the list back', async () => {
    await storeCapture(db, makeCapture(['上司への報告書を書く', '休む'], { canonicalUrl: 'https://example.com/3' }), 500);
    await renderPopup();
    const box = screen.getByRole('searchbox', { name: 'Search to-dos' });
    expect(box.getAttribute('type')).toBe('search');
    fireEvent.input(box, { target: { value: '報告' } });
    await vi.waitFor(() => expect(visibleTodos()).toEqual(['上司への報告', '上司への報告書を書く']));
    fireEvent.keyDown(box, { key: 'Escape' });
    await vi.waitFor(() => expect(visibleTodos()).toHaveLength(7));
  });

  it('is case-, width- and accent-insensitive', async () => {
    await renderPopup();
    for (const query of ['resume', 'RESUME', 'ＲＥＳＵＭＥ']) {
      fireEvent.input(screen.getByRole('searchbox'), { target: { value: query } });
      await vi.waitFor(() => expect(visibleTodos()).toEqual(['Update your résumé']));
    }
  });

  it('says so when nothing matches', async () => {
    await renderPopup();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    await vi.waitFor(() => expect(screen.getByText('No to-dos match “zzz”.')).toBeTruthy());
  });

  it('"/" focuses the search box, but not while typing elsewhere', async () => {
    await renderPopup();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Add a to-do', expanded: false }));
    const input = screen.getByRole('textbox', { name: 'Add a to-do' });
    input.focus();
    fireEvent.keyDown(input, { key: '/' });
    expect(document.activeElement).toBe(input);
  });
});

describe('adding your own to-dos', () => {
  it('a standalone to-do goes to "My to-dos" at the top', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a to-do', expanded: false }));
    const input = screen.getByRole('textbox', { name: 'Add a to-do' });
    fireEvent.input(input, { target: { value: 'Call Sato-san' } });
    fireEvent.submit(input.closest('form')!);
    await vi.waitFor(() => expect(checkbox('Call Sato-san')).toBeTruthy());
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe('My to-dos');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('adds to an article, and refuses a duplicate with a message', async () => {
    await renderPopup();
    const group = screen.getByRole('region', { name: 'Career tips' });
    fireEvent.click(within(group).getByRole('button', { name: 'Add a to-do' }));
    const input = within(group).getByRole('textbox', { name: 'Add a to-do to Career tips' });
    fireEvent.input(input, { target: { value: 'Practise the interview' } });
    fireEvent.submit(input.closest('form')!);
    await vi.waitFor(() => expect(within(group).getByText('Practise the interview')).toBeTruthy());
    fireEvent.input(input, { target: { value: 'ask for FEEDBACK' } });
    fireEvent.submit(input.closest('form')!);
    await vi.waitFor(() => expect(within(group).getByRole('alert').textContent).toBe('That to-do is already in the list.'));
  });
});
