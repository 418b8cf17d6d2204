import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { main } from '../../entrypoints/background/main';
import { ActionableDB } from '../../db/database';
import { setDone } from '../../db/todos';
import { makeCapture } from '../helpers/capture-factory';
import { contentScriptIn, deliver } from '../helpers/deliver-message';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let db: ActionableDB;
let badge: ReturnType<typeof vi.fn>;
const PAGE = 'https://example.com/advice/1';
const tab7 = contentScriptIn(7, PAGE);

async function captureOf(texts: string[], sender = tab7): Promise<string> {
  const answer = (await deliver({ name: 'capture', data: makeCapture(texts) }, sender)) as { captureId: string };
  return answer.captureId;
}

beforeEach(async () => {
  fakeBrowser.reset();
  const fakes = installFakePermissionsAndScripting();
  badge = vi.fn(async () => undefined);
  Object.assign(fakeBrowser.action, { setBadgeText: badge, setBadgeBackgroundColor: vi.fn(async () => undefined) });
  db = new ActionableDB(`undo-${crypto.randomUUID()}`);
  main(db);
  await fakes.permissions.request({ origins: ['https://*/*'] });
});
afterEach(async () => {
  await db.delete();
});

describe('Undo from the in-page notice', () => {
  it('removes a first capture entirely: its to-dos, its article, its badge', async () => {
    const captureId = await captureOf(['記録を残す', '上司に報告する']);
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: '2' });
    expect(await deliver({ name: 'undoCapture', data: { captureId } }, tab7)).toEqual({ status: 'undone', left: 0 });
    expect(await db.articles.count()).toBe(0);
    expect(await db.todos.count()).toBe(0);
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
  });

  it('takes back only what a re-capture added: the user’s older to-dos, ticks and article stay', async () => {
    await captureOf(['記録を残す']);
    const [mine] = await db.todos.toArray();
    await setDone(db, mine!.id, true);
    const articleBefore = await db.articles.toArray();
    const captureId = await captureOf(['記録を残す', '上司に報告する', '社内規定を確認する']);
    expect(await db.todos.count()).toBe(3);
    expect(await deliver({ name: 'undoCapture', data: { captureId } }, tab7)).toEqual({ status: 'undone', left: 1 });
    const left = await db.todos.toArray();
    expect(left.map((t) => [t.text, t.done])).toEqual([['記録を残す', 1]]);
    expect(await db.articles.toArray()).toEqual(articleBefore);
  });

  it('a capture that added nothing offers no Undo', async () => {
    await captureOf(['記録を残す']);
    expect(await captureOf(['記録を残す'])).toBeUndefined();
  });

  it('works once, only from the tab that captured, and only for a known capture', async () => {
    const captureId = await captureOf(['記録を残す']);
    expect(await deliver({ name: 'undoCapture', data: { captureId } }, contentScriptIn(8, PAGE))).toEqual({ status: 'gone' });
    expect(await deliver({ name: 'undoCapture', data: { captureId: 'made-up' } }, tab7)).toEqual({ status: 'gone' });
    expect(await deliver({ name: 'undoCapture', data: { captureId: 42 } }, tab7)).toEqual({ status: 'gone' });
    expect(await deliver({ name: 'undoCapture', data: { captureId } }, tab7)).toMatchObject({ status: 'undone' });
    expect(await deliver({ name: 'undoCapture', data: { captureId } }, tab7)).toEqual({ status: 'gone' });
  });

  it('is refused from an extension page (it is the notice’s message)', async () => {
    const captureId = await captureOf(['記録を残す']);
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await deliver({ name: 'undoCapture', data: { captureId } }, page)).toBe('no answer');
    expect(await db.todos.count()).toBe(1);
  });
});
