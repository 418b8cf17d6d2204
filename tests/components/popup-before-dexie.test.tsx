// @vitest-environment happy-dom
import { fireEvent, render } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import { deferredNow } from '../../components/deferred';
import { db } from '../../db/database';
import { startFirstScreen } from '../../lib/popup-first-screen';
import { checkbox, resetPopupWorld, seedArticles } from './render-popup';

beforeEach(resetPopupWorld);

// The first screen is drawn from a raw IndexedDB read before Dexie and the popup's writers have
// loaded (components/deferred.ts). Its checkboxes are the real ones: a click made then must be
// shown at once and stored once the database side is in, never dropped.
describe('the popup before Dexie has loaded', () => {
  it('draws real rows, and a checkbox clicked then is stored', async () => {
    await seedArticles();
    const first = startFirstScreen();
    await first.ready;
    render(<Popup first={first} />);
    expect(deferredNow()).toBeUndefined();
    const box = checkbox('上司への報告') as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    expect(deferredNow()).toBeUndefined();
    await vi.waitFor(async () => expect((await db.todos.filter((t) => t.text === '上司への報告').first())?.done).toBe(1));
    // Still in sight under "Open" (checked off while the popup is open), now from the live query.
    await vi.waitFor(() => expect(deferredNow()).toBeDefined());
    expect((checkbox('上司への報告') as HTMLInputElement).checked).toBe(true);
  });
});
