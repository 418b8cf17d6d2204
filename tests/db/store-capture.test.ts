import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionableDB } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { editText, setDone } from '../../db/todos';
import { articleGroups } from '../../db/article-groups';
import { makeCapture } from '../helpers/capture-factory';

let db: ActionableDB;
beforeEach(() => {
  db = new ActionableDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const FOUR = ['記録を残す', '上司への報告', '社内規定の確認', '冷静さを保つ'];

describe('storeCapture', () => {
  it('stores the article and its to-dos in page order', async () => {
    const result = await storeCapture(db, makeCapture(FOUR), 1000);
    expect(result).toMatchObject({ added: 4, total: 4 });
    const [group] = await articleGroups(db);
    expect(group?.article).toMatchObject({ site: 'example.com', career: 1, via: 'auto', capturedAt: 1000 });
    expect(group?.todos.map((t) => t.text)).toEqual(FOUR);
    expect(group?.todos.every((t) => t.done === 0)).toBe(true);
  });

  it('re-capture keeps done state and edits, adds only what is new', async () => {
    await storeCapture(db, makeCapture(FOUR), 1000);
    const first = await db.todos.toCollection().sortBy('position');
    await setDone(db, first[0]!.id, true, 2000);
    await editText(db, first[1]!.id, '上司に報告する（明日の朝）', 2000);

    const again = await storeCapture(db, makeCapture([...FOUR, 'ストレスを管理する']), 3000);
    expect(again).toMatchObject({ added: 1, total: 5 });
    const todos = await db.todos.toCollection().sortBy('position');
    expect(todos).toHaveLength(5);
    expect(todos[0]).toMatchObject({ done: 1, doneAt: 2000 });
    expect(todos[1]?.text).toBe('上司に報告する（明日の朝）');
    expect(todos[4]).toMatchObject({ text: 'ストレスを管理する', position: 4 });
    expect((await db.articles.toArray())[0]).toMatchObject({ capturedAt: 1000, updatedAt: 3000 });
  });

  it('treats width, case and punctuation variants as the same to-do', async () => {
    await storeCapture(db, makeCapture(['Update your resume.']));
    const again = await storeCapture(db, makeCapture(['ｕｐｄａｔｅ  YOUR resume']));
    expect(again.added).toBe(0);
    expect(await db.todos.count()).toBe(1);
  });

  it('never resurrects a to-do the user deleted', async () => {
    await storeCapture(db, makeCapture(FOUR));
    const [first] = await db.todos.toCollection().sortBy('position');
    await db.todos.update(first!.id, { deletedAt: 5 });
    const again = await storeCapture(db, makeCapture(FOUR));
    expect(again).toMatchObject({ added: 0, total: 3 });
    expect((await db.todos.get(first!.id))?.deletedAt).toBe(5);
  });

  it('concurrent captures of the same page never duplicate', async () => {
    const captures = Array.from({ length: 12 }, (_, i) => storeCapture(db, makeCapture(FOUR.slice(0, 1 + (i % 4)))));
    const results = await Promise.all(captures);
    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(4);
    expect(await db.todos.count()).toBe(4);
    expect(await db.articles.count()).toBe(1);
  });

  it('the unique index refuses a duplicate even from outside storeCapture', async () => {
    await storeCapture(db, makeCapture(FOUR));
    const [first] = await db.todos.toArray();
    await expect(db.todos.add({ ...first!, id: 'other' })).rejects.toThrow(/ConstraintError|unique|constraint/i);
  });

  it('one URL with tracking parameters or a fragment is one article', async () => {
    await storeCapture(db, makeCapture(FOUR, { canonicalUrl: 'https://example.com/a?utm_medium=x#top' }));
    await storeCapture(db, makeCapture(FOUR, { canonicalUrl: 'https://example.com/a/' }));
    expect(await db.articles.count()).toBe(1);
  });
});
