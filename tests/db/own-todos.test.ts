import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleGroups, listGroups, searchGroups } from '../../db/article-groups';
import { ActionableDB } from '../../db/database';
import { addOwnTodo, addPageAsTodo, DuplicateTodoError, OWN_ARTICLE_ID } from '../../db/own-todos';
import { searchTodos } from '../../db/search-todos';
import { storeCapture } from '../../db/store-capture';
import { setDone, setDue } from '../../db/todos';
import { deleteTodo } from '../../db/trash';
import { makeCapture } from '../helpers/capture-factory';

let db: ActionableDB;
beforeEach(() => {
  db = new ActionableDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('own to-dos', () => {
  it('a standalone to-do lives under "My to-dos", which rises to the top when added to', async () => {
    await storeCapture(db, makeCapture(['記録を残す']), 1000);
    await addOwnTodo(db, '  Call Sato-san  ', undefined, 2000);
    const groups = await articleGroups(db);
    expect(groups.map((g) => g.article.id)[0]).toBe(OWN_ARTICLE_ID);
    expect(groups[0]!.todos.map((t) => t.text)).toEqual(['Call Sato-san']);
    expect((await searchTodos(db, 'sato')).map((t) => t.text)).toEqual(['Call Sato-san']);
  });

  it('adds to an article at the end; a duplicate is refused, a trashed twin comes back', async () => {
    const { articleId } = await storeCapture(db, makeCapture(['記録を残す', '上司への報告']), 1000);
    const mine = await addOwnTodo(db, '人事に相談する', articleId, 2000);
    expect(mine.position).toBe(2);
    await expect(addOwnTodo(db, '記録を残す。', articleId)).rejects.toBeInstanceOf(DuplicateTodoError);
    await deleteTodo(db, mine.id);
    await addOwnTodo(db, '人事に相談する！', articleId);
    expect((await articleGroups(db))[0]!.todos.map((t) => t.text)).toEqual(['記録を残す', '上司への報告', '人事に相談する！']);
  });

  it('adds a page with no action items as one to-do named after it', async () => {
    await addPageAsTodo(db, { url: 'https://example.com/read-later?utm_source=x', title: 'A long read' }, 1000);
    const [group] = await articleGroups(db);
    expect(group!.article).toMatchObject({ url: 'https://example.com/read-later', site: 'example.com', via: 'manual' });
    expect(group!.todos.map((t) => t.text)).toEqual(['A long read']);
  });
});

describe('listGroups', () => {
  beforeEach(async () => {
    for (let a = 0; a < 30; a++) {
      await storeCapture(db, makeCapture([`task ${a}-0`, `task ${a}-1`], { canonicalUrl: `https://example.com/${a}` }), a);
    }
  });

  it('pages through articles newest first and says when there are more', async () => {
    const first = await listGroups(db, { limit: 20 });
    expect(first.groups).toHaveLength(20);
    expect(first.groups[0]!.todos.map((t) => t.text)).toEqual(['task 29-0', 'task 29-1']);
    expect(first.hasMore).toBe(true);
    const all = await listGroups(db, { limit: 40 });
    expect(all.groups).toHaveLength(30);
    expect(all.hasMore).toBe(false);
  });

  it('filters open and done, and counts over the whole article', async () => {
    const [todo] = await searchTodos(db, 'task 3-0');
    await setDone(db, todo!.id, true);
    const done = await listGroups(db, { filter: 'done' });
    expect(done.groups.map((g) => [g.todos.map((t) => t.text), g.done, g.total])).toEqual([[['task 3-0'], 1, 2]]);
    const open = await listGroups(db, { filter: 'open', limit: 40 });
    expect(open.groups.find((g) => g.done === 1)?.todos.map((t) => t.text)).toEqual(['task 3-1']);
  });

  it('groups search results under their articles', async () => {
    const page = await searchGroups(db, 'TASK 12-');
    expect(page.groups.map((g) => g.todos.map((t) => t.text))).toEqual([['task 12-0', 'task 12-1']]);
  });

  it('sets and clears a due date', async () => {
    const [todo] = await searchTodos(db, 'task 1-1');
    await setDue(db, todo!.id, 12345);
    expect((await db.todos.get(todo!.id))?.dueAt).toBe(12345);
    await setDue(db, todo!.id, undefined);
    expect((await db.todos.get(todo!.id))?.dueAt).toBeUndefined();
  });
});
