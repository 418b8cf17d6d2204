// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showNotice, type NoticeActions } from '../../entrypoints/extract.content/notice';

/** The notice's root is closed to the page; the test keeps the one attachShadow returned. */
function openNotice(count: number, actions: Partial<NoticeActions> = {}) {
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  showNotice(count, { view: vi.fn(), undo: vi.fn(async () => true), never: vi.fn(async () => 'example.com'), ...actions });
  const root = attach.mock.results.at(-1)!.value as ShadowRoot;
  attach.mockRestore();
  const host = document.querySelector('actionable-notice') as HTMLElement;
  const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;
  return { host, root, button, text: () => root.querySelector('.text')?.textContent };
}

afterEach(() => {
  vi.useRealTimers();
  document.querySelectorAll('actionable-notice').forEach((n) => n.remove());
});

describe('the in-page notice', () => {
  it('says how many to-dos were saved, politely, fixed in place, in a closed shadow root', () => {
    const { host, root, text } = openNotice(8);
    expect(text()).toBe('8 to-dos saved');
    expect(root.querySelector('[role=status]')).toBeTruthy();
    expect(host.shadowRoot).toBeNull();
    expect(host.style.position).toBe('fixed');
    expect(host.parentElement).toBe(document.documentElement);
    expect(openNotice(1).text()).toBe('1 to-do saved');
    expect(document.querySelectorAll('actionable-notice')).toHaveLength(1); // a new one replaces the old
  });

  it('goes away by itself, but not while the reader is on it', () => {
    vi.useFakeTimers();
    const { host, root } = openNotice(3);
    root.querySelector('.box')!.dispatchEvent(new Event('pointerenter'));
    vi.advanceTimersByTime(60_000);
    expect(host.isConnected).toBe(true);
    root.querySelector('.box')!.dispatchEvent(new Event('pointerleave'));
    vi.advanceTimersByTime(8_000);
    expect(host.isConnected).toBe(false);
  });

  it('Escape dismisses it', () => {
    const { host } = openNotice(3);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.isConnected).toBe(false);
  });

  it('View, Undo and "Never on this site" call their actions and say what happened', async () => {
    const view = vi.fn();
    const { button, text } = openNotice(3, { view });
    button('View').click();
    expect(view).toHaveBeenCalled();
    button('Never on this site').click();
    await vi.waitFor(() => expect(text()).toBe('Actionable won’t capture on example.com again.'));
    button('Undo').click();
    await vi.waitFor(() => expect(text()).toBe('Undone: those to-dos were removed.'));
  });

  it('never parses page-derived text as markup', async () => {
    const { root, button, text } = openNotice(2, { never: async () => '<img src=x onerror=alert(1)>' });
    button('Never on this site').click();
    await vi.waitFor(() => expect(text()).toContain('<img src=x'));
    expect(root.querySelector('img')).toBeNull();
  });
});
