import { describe, expect, it } from 'vitest';
import { ActionableDB } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { deleteTodo } from '../../db/trash';
import { makeCapture } from '../helpers/capture-factory';

describe('tombstones of rows deleted for good', () => {
  it('are written inside the deleting transaction when it includes the table, and roll back with it', async () => {
    const db = new ActionableDB(`tomb-${crypto.randomUUID()}`);
    await storeCapture(db, makeCapture(['記録を残す', '上司への報告']));
    const [first, second] = await db.todos.toArray();
    await deleteTodo(db, first!.id);
    await db.transaction('rw', db.todos, db.syncTombstones, async () => {
      await db.todos.delete(first!.id);
      expect(await db.syncTombstones.count()).toBe(1);
    });
    expect(await db.syncTombstones.count()).toBe(1);
    await expect(
      db.transaction('rw', db.todos, db.syncTombstones, async () => {
        await db.todos.delete(second!.id);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.syncTombstones.count()).toBe(1);
    expect(await db.todos.count()).toBe(1);
    await db.delete();
  });
});
