// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NeverOnSiteButton } from '../../components/NeverOnSiteButton';
import { PauseControl } from '../../components/PauseControl';
import { WhyCaptured } from '../../components/WhyCaptured';
import { PAUSE_HOUR_MS } from '../../lib/pause-capture';
import { PAUSED_UNTIL_RESUMED } from '../../lib/setting-keys';
import { blockedSites, pausedUntil } from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('WhyCaptured', () => {
  /** Opens the view as a click on its summary would: what it holds loads then. */
  const open = () => {
    const details = screen.getByText('Why was this captured?').closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
  };

  it('shows the detector’s reasons, how the article arrived and the analysis time — as text', async () => {
    render(<WhyCaptured article={{ reasons: ['title says 対処法', '<b>6 numbered steps</b>'], analysisMs: 3.21, via: 'auto' }} />);
    expect(screen.getByText('Why was this captured?').closest('details')?.open).toBe(false);
    open();
    expect(await screen.findByText('title says 対処法')).toBeTruthy();
    // Page-derived text is never parsed as markup.
    expect(screen.getByText('<b>6 numbered steps</b>')).toBeTruthy();
    expect(screen.getByText(/Saved automatically.*Analysed in 3\.2 ms\./)).toBeTruthy();
  });

  it('says so when there are no reasons (an article saved before reasons were kept)', async () => {
    render(<WhyCaptured article={{ reasons: [], analysisMs: 120, via: 'manual' }} />);
    open();
    expect(await screen.findByText('No reasons were recorded for this page.')).toBeTruthy();
    expect(screen.getByText(/Capture this page.*Analysed in 120 ms\./)).toBeTruthy();
  });
});

describe('NeverOnSiteButton', () => {
  it('blocks the site in one click, then offers the way back', async () => {
    render(<NeverOnSiteButton site="example.com" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Never auto-capture on example.com' }));
    expect(await screen.findByText(/won’t auto-capture on example\.com/)).toBeTruthy();
    expect(await blockedSites.getValue()).toEqual(['example.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Allow again' }));
    await screen.findByRole('button', { name: 'Never auto-capture on example.com' });
    expect(await blockedSites.getValue()).toEqual([]);
  });

  it('shows nothing for an article without a site', () => {
    const { container } = render(<NeverOnSiteButton site="" />);
    expect(container.textContent).toBe('');
  });
});

describe('PauseControl', () => {
  const NOW = 1_700_000_000_000;

  it('pauses for an hour, says until when, and resumes', async () => {
    render(<PauseControl now={() => NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause for an hour' }));
    expect(await screen.findByText(/paused until/)).toBeTruthy();
    expect(await pausedUntil.getValue()).toBe(NOW + PAUSE_HOUR_MS);
    fireEvent.click(screen.getByRole('button', { name: 'Resume auto-capture' }));
    await screen.findByRole('button', { name: 'Pause for an hour' });
    expect(await pausedUntil.getValue()).toBe(0);
  });

  it('pauses until turned back on', async () => {
    render(<PauseControl now={() => NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause until I turn it back on' }));
    expect(await screen.findByText('Auto-capture is paused until you turn it back on.')).toBeTruthy();
    expect(await pausedUntil.getValue()).toBe(PAUSED_UNTIL_RESUMED);
  });
});
