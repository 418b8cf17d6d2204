// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../db/database';
import { checkbox, renderPopup, resetPopupWorld, seedArticles } from './render-popup';

beforeEach(async () => {
  await resetPopupWorld();
  await seedArticles();
});

const openDetails = (text: string) => fireEvent.click(screen.getByRole('button', { name: `Details for ${text}` }));
const row = (text: string) => db.todos.filter((t) => t.text === text).first();

describe('one to-do', () => {
  it('opens up to show its detail and the sentence it came from', async () => {
    await renderPopup();
    const toggle = screen.getByRole('button', { name: 'Details for 記録を残す' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = screen.getByRole('group', { name: 'Details for 記録を残す' });
    expect(details.textContent).toContain('日付、時間、相手の名前をメモに残しましょう。');
    expect(details.querySelector('blockquote')?.textContent).toBe('記録を残すましょう。');
  });

  it('edits in place: Enter saves, Escape cancels', async () => {
    await renderPopup();
    openDetails('記録を残す');
    fireEvent.click(screen.getByRole('button', { name: 'Edit 記録を残す' }));
    const editor = screen.getByRole('textbox', { name: 'Edit to-do' });
    expect(document.activeElement).toBe(editor);
    fireEvent.input(editor, { target: { value: '通話の記録を残す' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    await vi.waitFor(() => expect(checkbox('通話の記録を残す')).toBeTruthy());
    expect((await db.todos.filter((t) => t.text === '通話の記録を残す').count())).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Edit 通話の記録を残す' }));
    const again = screen.getByRole('textbox', { name: 'Edit to-do' });
    fireEvent.input(again, { target: { value: 'something else' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    await vi.waitFor(() => expect(screen.queryByRole('textbox', { name: 'Edit to-do' })).toBeNull());
    expect(checkbox('通話の記録を残す')).toBeTruthy();
  });

  it('sets a due date and shows it', async () => {
    await renderPopup();
    openDetails('上司への報告');
    fireEvent.change(screen.getByLabelText('Due'), { target: { value: '2030-04-05' } });
    await vi.waitFor(async () => expect((await row('上司への報告'))?.dueAt).toBe(new Date(2030, 3, 5).getTime()));
    await vi.waitFor(() => expect(screen.getByText(/^Due /)).toBeTruthy());
  });

  it('deletes with an Undo that really restores it', async () => {
    await renderPopup();
    openDetails('社内規定の確認');
    fireEvent.click(screen.getByRole('button', { name: 'Delete 社内規定の確認' }));
    await vi.waitFor(() => expect(checkbox('社内規定の確認')).toBeNull());
    expect((await row('社内規定の確認'))?.deletedAt).toBeTypeOf('number');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    await vi.waitFor(() => expect(checkbox('社内規定の確認')).toBeTruthy());
    expect((await row('社内規定の確認'))?.deletedAt).toBeUndefined();
  });

  it('"Open in article" opens the source scrolled to the quote, through tabs.create', async () => {
    Object.defineProperty(document, 'fragmentDirective', { value: {}, configurable: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await renderPopup();
    openDetails('上司への報告');
    const link = screen.getByRole('link', { name: 'Open in article' });
    const expected = `https://example.com/advice/1#:~:text=${encodeURIComponent('上司への報告ましょう。')}`;
    expect(link.getAttribute('href')).toBe(expected);
    fireEvent.click(link);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: expected }));
    delete (document as { fragmentDirective?: unknown }).fragmentDirective;
  });

  it('without text fragment support, links the plain page; a non-web address is never a link', async () => {
    await renderPopup();
    openDetails('上司への報告');
    expect(screen.getByRole('link', { name: 'Open in article' }).getAttribute('href')).toBe('https://example.com/advice/1');
    const article = await db.articles.filter((a) => a.title === 'Career tips').first();
    await db.articles.update(article!.id, { url: 'javascript:alert(1)', pageUrl: 'javascript:alert(1)' });
    openDetails('Update your résumé');
    await vi.waitFor(() => expect(screen.getAllByRole('link', { name: 'Open in article' })).toHaveLength(1));
    expect(screen.queryByRole('link', { name: 'Career tips' })).toBeNull();
  });
});
