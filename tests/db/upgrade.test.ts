import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ActionableDB } from '../../db/database';
import { searchTodos } from '../../db/search-todos';
import { listGroups } from '../../db/article-groups';

/** The schema exactly as version 1 shipped it: the upgrade must start from this. */
function openVersion1(name: string): Dexie {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    articles: 'id, capturedAt, updatedAt, site',
    todos: 'id, articleId, &[articleId+key], [articleId+position], done, dueAt, createdAt, deletedAt',
  });
  return v1;
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
    expect(db.verno).toBe(2);
    expect(await db.articles.get('a1')).toMatchObject(article);
    for (const todo of todos) expect(await db.todos.get(todo.id)).toEqual(todo);
    expect((await searchTodos(db, '報告')).map((t) => t.id)).toEqual(['t1']);
    expect((await listGroups(db, { filter: 'all' })).groups[0]).toMatchObject({ done: 1, total: 2 });
    await db.delete();
  });
});
