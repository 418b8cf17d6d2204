// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsSync } from '../../components/OptionsSync';
import { syncEnabled, syncStatus } from '../../lib/sync/sync-settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the options sync section', () => {
  it('is off by default, says what sync does and its limits, and turns on', async () => {
    render(<OptionsSync />);
    const box = await screen.findByRole('checkbox', { name: 'Sync across my browsers' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/no server of ours.*about 100 KB: open to-dos and the newest articles go first/)).toBeTruthy();
    expect(await screen.findByText(/^Off\. Your list stays on this computer/)).toBeTruthy();
    fireEvent.click(box);
    await expect.poll(() => syncEnabled.getValue()).toBe(true);
  });

  it('shows when it last synced, and what did not fit and why — never a silent partial state', async () => {
    await syncEnabled.setValue(true);
    await syncStatus.setValue({ state: 'ok', lastSyncedAt: Date.now() - 3 * 60_000, syncedTodos: 410, unsyncedTodos: 37, unsyncedArticles: 5, bytes: 91_000 });
    render(<OptionsSync />);
    expect(await screen.findByText('Last synced 3 minutes ago.')).toBeTruthy();
    expect(screen.getByText(/^37 to-dos \(5 articles\) not synced because the browser's sync space \(about 100 KB\) is full\./)).toBeTruthy();
    expect(screen.getByText('88.9 KB of about 100 KB used.')).toBeTruthy();
  });

  it('shows a refused write and when it tries again', async () => {
    await syncEnabled.setValue(true);
    const retryAt = Date.now() + 60_000;
    await syncStatus.setValue({ state: 'error', syncedTodos: 3, unsyncedTodos: 0, unsyncedArticles: 0, bytes: 900, problem: 'quota', retryAt });
    render(<OptionsSync />);
    expect(await screen.findByText(/^The browser refused the write: its sync space is full\. Trying again with less at /)).toBeTruthy();
    expect(screen.getByText('Not synced yet.')).toBeTruthy();
  });
});
