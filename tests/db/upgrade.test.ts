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
import { articleIdFor } from '../../db/article-id';
import { addOwnTodo } from '../../db/own-todos';
import { editText, setDone } from '../../db/todos';

/** The newest schema version: bump it with each new version() block, and add its upgrade test. */
const LATEST = 5;

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

/** The schema exactly as version 3 shipped it (before v4 dropped `[articleId+position]`). */
function openVersion3(name: string): Dexie {
  const v3 = new Dexie(name);
  v3.version(3).stores({
    articles: 'id, capturedAt, site, deletedAt',
    todos: 'id, &[articleId+key], [articleId+position], dueAt, deletedAt',
  });
  return v3;
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
    expect(db.verno).toBe(LATEST);
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
    expect(db.verno).toBe(LATEST);
    expect(await db.articles.count()).toBe(2);
    for (const article of articles) expect(await db.articles.get(article.id)).toEqual(article);
    for (const todo of todos) expect(await db.todos.get(todo.id)).toEqual(todo);
    // Dropped indexes are gone; the ones queries use are all there.
    expect(db.todos.schema.indexes.map((i) => i.name).sort()).toEqual(['[articleId+key]', 'deletedAt', 'dueAt']);
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

describe('upgrading a version 3 database', () => {
  it('keeps done states, edits, due dates and deletions, and keeps list order without [articleId+position]', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v3 = openVersion3(name);
    const a1 = articleIdFor('https://example.com/advice/1');
    const articles = [
      {
        id: a1, url: 'https://example.com/advice/1', pageUrl: 'https://example.com/advice/1', title: '電話を切られたとき',
        site: 'example.com', lang: 'ja', career: 1, via: 'auto', reasons: ['title'], capturedAt: 2000, updatedAt: 2500,
        analysisMs: 2, searchText: 't2\t記録を残す\nt1\t上司に報告する\nt4\t冷静さを保つ',
      },
      {
        id: 'a2', url: 'https://example.com/b', title: '退職の準備', site: 'example.com', lang: 'ja', career: 1,
        via: 'manual', reasons: [], capturedAt: 1000, updatedAt: 1000, analysisMs: 1, deletedAt: 3000, searchText: '',
      },
    ];
    // Positions deliberately not in key or id order: the list must follow position alone.
    const todos = [
      // Edited: text differs from the captured key, which a re-capture still merges on.
      { id: 't1', articleId: a1, text: '上司に報告する', position: 1, done: 1, doneAt: 1500, dueAt: 9000, createdAt: 1000, updatedAt: 2500, key: '上司への報告' },
      { id: 't2', articleId: a1, text: '記録を残す', position: 0, done: 0, dueAt: 8000, remindedAt: 8001, createdAt: 1000, updatedAt: 1000, key: '記録を残す' },
      { id: 't3', articleId: a1, text: '報告書を捨てる', position: 3, done: 0, createdAt: 1000, updatedAt: 1200, deletedAt: 1200, key: '報告書を捨てる' },
      { id: 't4', articleId: a1, text: '冷静さを保つ', position: 2, done: 0, createdAt: 1000, updatedAt: 1000, key: '冷静さを保つ' },
      { id: 't5', articleId: 'a2', text: '退職届を出す', position: 0, done: 1, doneAt: 2000, createdAt: 1000, updatedAt: 2000, deletedAt: 3000, key: '退職届を出す' },
    ];
    await v3.table('articles').bulkAdd(articles);
    await v3.table('todos').bulkAdd(todos);
    v3.close();

    const db = new ActionableDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    for (const article of articles) expect(await db.articles.get(article.id)).toEqual(article);
    for (const todo of todos) expect(await db.todos.get(todo.id)).toEqual(todo);
    expect(db.todos.schema.indexes.map((i) => i.name)).not.toContain('[articleId+position]');

    const [group] = (await listGroups(db, { filter: 'all' })).groups;
    expect(group?.todos.map((t) => t.id)).toEqual(['t2', 't1', 't4']);
    expect(group).toMatchObject({ done: 1, total: 3 });
    expect((await listGroups(db, { filter: 'open' })).groups[0]?.todos.map((t) => t.id)).toEqual(['t2', 't4']);
    expect((await searchTodos(db, '報告')).map((t) => t.id)).toEqual(['t1']);
    expect((await dueTodos(db)).map((t) => t.id)).toEqual(['t2']);
    expect((await trashEntries(db)).map((e) => (e.kind === 'article' ? e.article.id : e.todo.id))).toEqual(['a2', 't3']);

    // A re-capture merges on the captured keys (the edited t1 included) and adds after position 3.
    const again = await storeCapture(db, makeCapture(['上司への報告', '記録を残す', '社内規定を確認する']), 4000);
    expect(again).toMatchObject({ added: 1, total: 4 });
    expect(await db.todos.get('t1')).toEqual(todos[0]);
    const added = await addOwnTodo(db, '自分の強みを書き出す', a1, 4100);
    expect(added.position).toBe(5);
    await setDone(db, 't4', true, 4200);
    await editText(db, 't2', '通話の記録を残す', 4300);
    const after = (await listGroups(db, { filter: 'all' })).groups.find((g) => g.article.id === a1);
    expect(after?.todos.map((t) => t.text)).toEqual(['通話の記録を残す', '上司に報告する', '冷静さを保つ', '社内規定を確認する', '自分の強みを書き出す']);
    expect(after).toMatchObject({ done: 2, total: 5 });
    await restoreArticle(db, 'a2');
    const restored = await db.todos.get('t5');
    expect(restored?.done).toBe(1);
    expect(restored?.deletedAt).toBeUndefined();
    await db.delete();
  });
});
