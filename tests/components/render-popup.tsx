import { cleanup, render, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import { db } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';
import { makeCapture } from '../helpers/capture-factory';

/** The popup reads the one shared database: each test starts from an empty one. */
export async function resetPopupWorld(): Promise<void> {
  cleanup();
  vi.restoreAllMocks();
  fakeBrowser.reset();
  installFakePermissionsAndScripting();
  localStorage.clear();
  await Promise.all([db.articles.clear(), db.todos.clear()]);
}

export const SEED = ['記録を残す', '上司への報告', '社内規定の確認'];

/** Stores the seed-like article (with a detail and quotes) and an English one, older. */
export async function seedArticles(): Promise<void> {
  await storeCapture(
    db,
    makeCapture(['Update your résumé', 'Ask for feedback'], { canonicalUrl: 'https://example.com/en', title: 'Career tips', lang: 'en' }),
    1000,
  );
  const capture = makeCapture(SEED, { url: 'https://example.com/advice/1' });
  capture.items[0]!.detail = '日付、時間、相手の名前をメモに残しましょう。';
  await storeCapture(db, capture, 2000);
}

/** Renders the popup and waits until its list (or first-run state) is there. */
export async function renderPopup() {
  const view = render(<Popup />);
  await vi.waitFor(() => {
    if (document.querySelector('main.popup')?.getAttribute('aria-busy') !== 'false') throw new Error('still loading');
  });
  return view;
}

export const checkbox = (name: string) => screen.queryByRole('checkbox', { name });
