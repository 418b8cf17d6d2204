import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ActionableDB } from '../../db/database';
import { searchTodos } from '../../db/search-todos';
import { listGroups } from '../../db/article-groups';
import { storeCapture } from '../../db/store-capture';
import { deleteArticle, emptyTrash, restoreArticle } from '../../db/trash';
import { trashEntries } from '../../db/trash-entries';
import { dueTodos } from '../../db/due-todos';
import { makeCapture } from '../helpers/capture-factory';

/** The schema exactly as version 1 shipped it: the upgrade must start from this. */
function openVersion1(name: string): Dexie {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    articles: 'id, capturedAt, updatedAt, site',
    todos: 'id, articleId, &[articleId+key], [articleId+position], done, dueAt, createdAt, deletedAt',
  });
  return v1;
}

/** The schema exactly as version 2 shipped it (before v3 dropped the indexes nothing queried). */
function openVersion2(name: string): Dexie {
  const v2 = new Dexie(name);
  v2.version(2).stores({
    articles: 'id, capturedAt, updatedAt, site, deletedAt',
    todos: 'id, articleId, &[articleId+key], [articleId+position], done, dueAt, createdAt, deletedAt',
  });
  return v2;
}

describe('upgrading a version 1 database', () => {
  it('keeps every row and field, and makes old to-dos searchable', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = openVersion1(name);
    const article = {
      id: 'a1', url: 'https://example.com/a', title: '電話を切られたとき', site: 'example.com', lang: 'ja', career: 1,
      via: 'auto', reasons: ['title'], capturedAt: 1000, updatedAt: 1000, analysisMs: 2,
    };
    const todos = [
      { id: 't1', articleId: 'a1', text: '上司への報告', quote: '上司への報告をしましょう。', position: 0, done: 1, doneAt: 1500, dueAt: 9000, createdAt: 1000, updatedAt: 1500, key: '上司への報告' },
      { id: 't2', articleId: 'a1', text: '記録を残す', position: 1, done: 0, createdAt: 1000, updatedAt: 1000, key: '記録を残す' },
      { id: 't3', articleId: 'a1', text: '報告書を捨てる', position: 2, done: 0, createdAt: 1000, updatedAt: 1000, deletedAt: 1200, key: '報告書を捨てる' },
    ];
    await v1.table('articles').add(article);
    await v1.table('todos').bulkAdd(todos);
    v1.close();

    const db = new ActionableDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.articles.get('a1')).toMatchObject(article);
    for (const todo of todos) expect(await db.todos.get(todo.id)).toEqual(todo);
    expect((await searchTodos(db, '報告')).map((t) => t.id)).toEqual(['t1']);
    expect((await listGroups(db, { filter: 'all' })).groups[0]).toMatchObject({ done: 1, total: 2 });
    await db.delete();
  });
});

describe('upgrading a version 2 database', () => {
  it('keeps every row and field, and every query still works on the leaner indexes', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = openVersion2(name);
    const articles = [
      {
        id: 'a1', url: 'https://example.com/a', title: '電話を切られたとき', site: 'example.com', lang: 'ja', career: 1,
        via: 'auto', reasons: ['title'], capturedAt: 2000, updatedAt: 2000, analysisMs: 2, searchText: 't1\t上司への報告\nt2\t記録を残す',
      },
      {
        id: 'a2', url: 'https://example.com/b', title: '退職の準備', site: 'example.com', lang: 'ja', career: 1,
        via: 'manual', reasons: [], capturedAt: 1000, updatedAt: 1000, analysisMs: 1, deletedAt: 3000, searchText: '',
      },
    ];
    const todos = [
      { id: 't1', articleId: 'a1', text: '上司への報告', position: 0, done: 1, doneAt: 1500, dueAt: 9000, createdAt: 1000, updatedAt: 1500, key: '上司への報告' },
      { id: 't2', articleId: 'a1', text: '記録を残す', position: 1, done: 0, dueAt: 8000, createdAt: 1000, updatedAt: 1000, key: '記録を残す' },
      { id: 't3', articleId: 'a1', text: '報告書を捨てる', position: 2, done: 0, createdAt: 1000, updatedAt: 1000, deletedAt: 1200, key: '報告書を捨てる' },
      { id: 't4', articleId: 'a2', text: '退職届を出す', position: 0, done: 0, createdAt: 1000, updatedAt: 1000, deletedAt: 3000, key: '退職届を出す' },
    ];
    await v2.table('articles').bulkAdd(articles);
    await v2.table('todos').bulkAdd(todos);
    v2.close();

    const db = new ActionableDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.articles.count()).toBe(2);
    for (const article of articles) expect(await db.articles.get(article.id)).toEqual(article);
    for (const todo of todos) expect(await db.todos.get(todo.id)).toEqual(todo);
    // Dropped indexes are gone; the ones queries use are all there.
    expect(db.todos.schema.indexes.map((i) => i.name).sort()).toEqual(['[articleId+key]', '[articleId+position]', 'deletedAt', 'dueAt']);
    expect(db.articles.schema.indexes.map((i) => i.name).sort()).toEqual(['capturedAt', 'deletedAt', 'site']);

    expect((await searchTodos(db, '報告')).map((t) => t.id)).toEqual(['t1']);
    expect((await listGroups(db, { filter: 'all' })).groups.map((g) => g.todos.map((t) => t.id))).toEqual([['t1', 't2']]);
    expect((await db.todos.where('articleId').equals('a1').primaryKeys()).sort()).toEqual(['t1', 't2', 't3']);
    expect((await dueTodos(db)).map((t) => t.id)).toEqual(['t2']);
    expect((await trashEntries(db)).map((e) => e.kind)).toEqual(['article', 'todo']);
    // The unique [articleId+key] index still merges a re-capture.
    await storeCapture(db, makeCapture(['上司への報告', '記録を残す']), 4000);
    const again = await storeCapture(db, makeCapture(['上司への報告', '記録を残す']), 4100);
    expect(again).toMatchObject({ added: 0, total: 2 });
    await restoreArticle(db, 'a2');
    expect((await db.todos.get('t4'))?.deletedAt).toBeUndefined();
    await deleteArticle(db, 'a2', 5000);
    await emptyTrash(db);
    const left = await db.todos.toCollection().primaryKeys();
    expect(left).toHaveLength(4);
    expect(left).not.toContain('t3');
    expect(left).not.toContain('t4');
    await db.delete();
  });
});
