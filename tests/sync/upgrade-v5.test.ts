import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ActionableDB } from '../../db/database';
import { readLocalRecords } from '../../db/sync-local';
import { setDone } from '../../db/todos';
import { emptyTrash, deleteTodo } from '../../db/trash';
import { implicitStamp } from '../../lib/sync/hlc';
import { todoIdOf } from '../../lib/sync/todo-id';

/** The schema exactly as version 4 shipped it (before v5 added sync's tombstones). */
function openVersion4(name: string): Dexie {
  const v4 = new Dexie(name);
  v4.version(4).stores({
    articles: 'id, capturedAt, site, deletedAt',
    todos: 'id, &[articleId+key], dueAt, deletedAt',
  });
  return v4;
}

describe('upgrading a version 4 database (sync, v5)', { timeout: 30_000 }, () => {
  it('keeps every row as it was, adds the tombstone table, and reads old rows with their creation as clock', async () => {
    const name = `upgrade-v5-${crypto.randomUUID()}`;
    const v4 = openVersion4(name);
    const article = {
      id: 'a1', url: 'https://example.com/a', title: '退職の準備', site: 'example.com', lang: 'ja', career: 1, via: 'auto',
      reasons: [], capturedAt: 1000, updatedAt: 1000, analysisMs: 1, searchText: 't1\t退職届を出す',
    };
    const todos = [
      { id: 't1', articleId: 'a1', text: '退職届を出す', position: 0, done: 0, createdAt: 1000, updatedAt: 1000, key: '退職届を出す' },
      { id: 't2', articleId: 'a1', text: '引き継ぎ', position: 1, done: 1, doneAt: 1500, createdAt: 1000, updatedAt: 1500, key: '引き継ぎ' },
    ];
    await v4.table('articles').add(article);
    await v4.table('todos').bulkAdd(todos);
    v4.close();

    const db = new ActionableDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.articles.get('a1')).toEqual(article);
    for (const todo of todos) expect(await db.todos.get(todo.id)).toEqual(todo);
    expect(await db.syncTombstones.count()).toBe(0);

    const record = (await readLocalRecords(db)).get('a1')!;
    expect(record.todos.get(todoIdOf('引き継ぎ'))?.done).toEqual({ value: 1500, stamp: implicitStamp(1000) });

    // Old rows take part at once: an edit is stamped, a deletion for good leaves a tombstone.
    await setDone(db, 't1', true, 2000);
    expect((await db.todos.get('t1'))?.syncClock?.d).toMatch(/^[0-9a-z]{16}$/);
    expect((await db.todos.get('t1'))?.syncClock?.x).toBe(implicitStamp(1000));
    await deleteTodo(db, 't2');
    await emptyTrash(db);
    await expect.poll(() => db.syncTombstones.count()).toBe(1);
    expect((await db.syncTombstones.toArray())[0]).toMatchObject({ articleId: 'a1', todoId: todoIdOf('引き継ぎ') });
    await db.delete();
  });
});
