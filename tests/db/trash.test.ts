import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleGroups } from '../../db/article-groups';
import { ActionableDB } from '../../db/database';
import { searchTodos } from '../../db/search-todos';
import { storeCapture } from '../../db/store-capture';
import { deleteArticle, deleteTodo, emptyTrash, restoreArticle, restoreTodo } from '../../db/trash';
import { trashEntries } from '../../db/trash-entries';
import { makeCapture } from '../helpers/capture-factory';

let db: ActionableDB;
beforeEach(async () => {
  db = new ActionableDB(`test-${crypto.randomUUID()}`);
  await storeCapture(db, makeCapture(['記録を残す', '上司への報告', '社内規定の確認']), 1000);
});
afterEach(async () => {
  await db.delete();
});

const listed = async () => (await articleGroups(db)).flatMap((g) => g.todos.map((t) => t.text));
const byText = async (text: string) => (await db.todos.filter((t) => t.text === text).first())!;

describe('trash', () => {
  it('a deleted to-do leaves the list and search; restoring brings it back exactly', async () => {
    const todo = await byText('上司への報告');
    await db.todos.update(todo.id, { done: 1, dueAt: 99 });
    await deleteTodo(db, todo.id, 2000);
    expect(await listed()).toEqual(['記録を残す', '社内規定の確認']);
    expect(await searchTodos(db, '報告')).toEqual([]);
    await restoreTodo(db, todo.id);
    expect(await listed()).toEqual(['記録を残す', '上司への報告', '社内規定の確認']);
    expect(await byText('上司への報告')).toMatchObject({ done: 1, dueAt: 99, position: 1 });
    expect(await searchTodos(db, '報告')).toHaveLength(1);
  });

  it('restoring an article brings back only the to-dos deleted with it', async () => {
    const earlier = await byText('記録を残す');
    await deleteTodo(db, earlier.id, 1500);
    const [group] = await articleGroups(db);
    await deleteArticle(db, group!.article.id, 2000);
    expect(await articleGroups(db)).toEqual([]);
    await restoreArticle(db, group!.article.id);
    expect(await listed()).toEqual(['上司への報告', '社内規定の確認']);
    expect((await byText('記録を残す')).deletedAt).toBe(1500);
  });

  it('lists trashed articles and single to-dos, newest first, and empties for good', async () => {
    await storeCapture(db, makeCapture(['Update your resume'], { canonicalUrl: 'https://example.com/en' }), 1100);
    const todo = await byText('上司への報告');
    await deleteTodo(db, todo.id, 2000);
    const en = (await db.articles.toArray()).find((a) => a.url.endsWith('/en'))!;
    await deleteArticle(db, en.id, 3000);
    const entries = await trashEntries(db);
    expect(entries.map((e) => (e.kind === 'article' ? `article:${e.count}` : `todo:${e.todo.text}`))).toEqual([
      'article:1',
      'todo:上司への報告',
    ]);
    await emptyTrash(db);
    expect(await trashEntries(db)).toEqual([]);
    expect(await db.articles.count()).toBe(1);
    expect(await db.todos.count()).toBe(2);
  });

  it('auto-capture passing by leaves a trashed article in the trash; asking for it brings it back', async () => {
    const [group] = await articleGroups(db);
    await deleteArticle(db, group!.article.id, 2000);
    await storeCapture(db, makeCapture(['記録を残す', '上司への報告', '社内規定の確認']), 3000);
    expect(await articleGroups(db)).toEqual([]);
    const result = await storeCapture(db, makeCapture(['記録を残す', '上司への報告', '社内規定の確認'], { via: 'manual' }), 4000);
    expect(result).toMatchObject({ added: 0, total: 3 });
    expect(await listed()).toEqual(['記録を残す', '上司への報告', '社内規定の確認']);
  });
});
