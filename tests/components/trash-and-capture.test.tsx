// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../db/database';
import type { CaptureOutcome } from '../../lib/protocol';
import { checkbox, renderPopup, resetPopupWorld, seedArticles } from './render-popup';

beforeEach(resetPopupWorld);

const TITLE = '電話を切られたときの対処法';

describe('deleting articles and the trash', () => {
  beforeEach(seedArticles);

  it('deletes a whole article with an Undo that restores it', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: `Delete ${TITLE} and its to-dos` }));
    await vi.waitFor(() => expect(checkbox('記録を残す')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(checkbox('記録を残す')).toBeTruthy());
  });

  it('the trash restores, and empties only after a confirmation', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: `Delete ${TITLE} and its to-dos` }));
    fireEvent.click(screen.getByRole('button', { name: 'Details for Ask for feedback' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete Ask for feedback' }));
    await vi.waitFor(() => expect(checkbox('Ask for feedback')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Trash' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: `Restore ${TITLE}` })).toBeTruthy());
    expect(screen.getByText(/with 3 to-dos/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Restore ${TITLE}` }));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: `Restore ${TITLE}` })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    await vi.waitFor(() => expect(screen.getByText('The trash is empty.')).toBeTruthy());
    expect(await db.todos.filter((t) => t.text === 'Ask for feedback').count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    await vi.waitFor(() => expect(checkbox('記録を残す')).toBeTruthy());
  });
});

describe('"Capture this page"', () => {
  const answer = (outcome: CaptureOutcome) => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(outcome);
  const press = () => fireEvent.click(screen.getByRole('button', { name: 'Capture this page' }));

  it('shows it is working, then how many to-dos were added', async () => {
    let finish: (outcome: CaptureOutcome) => void = () => undefined;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockReturnValue(new Promise((resolve) => (finish = resolve)));
    await renderPopup();
    press();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Capturing…' }).hasAttribute('disabled')).toBe(true));
    finish({ status: 'added', articleId: 'a1', added: 8, total: 8 });
    await vi.waitFor(() => expect(screen.getByText('8 to-dos added')).toBeTruthy());
  });

  it('with no action items, offers to add the page itself as a to-do', async () => {
    answer({ status: 'none' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ url: 'https://example.com/long-read', title: 'A long read' }] as never);
    await renderPopup();
    press();
    await vi.waitFor(() => expect(screen.getByText('No action items found here')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Add this page as a to-do' }));
    await vi.waitFor(() => expect(checkbox('A long read')).toBeTruthy());
    expect(screen.getByText('This page was added as a to-do')).toBeTruthy();
  });

  it("says when a page can't be captured", async () => {
    answer({ status: 'unsupported', reason: 'browser page' });
    await renderPopup();
    press();
    await vi.waitFor(() => expect(screen.getByText("This page can't be captured").getAttribute('role')).toBe('status'));
  });
});
