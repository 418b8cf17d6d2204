import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB, type TodoRow } from '../../db/database';
import { reminderName, syncReminders } from '../../lib/reminders';

const NOW = Date.UTC(2026, 10, 28, 12);
const HOUR = 3600_000;
let db: ActionableDB;

function todo(id: string, extra: Partial<TodoRow>): TodoRow {
  return { id, articleId: 'a', text: id, position: 0, done: 0, createdAt: NOW, updatedAt: NOW, key: id, ...extra };
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = new ActionableDB(`rem-${crypto.randomUUID()}`);
  await db.todos.bulkAdd([
    todo('later', { dueAt: NOW + 5 * HOUR }),
    todo('overdue', { dueAt: NOW - HOUR }),
    todo('done', { dueAt: NOW + HOUR, done: 1 }),
    todo('trashed', { dueAt: NOW + HOUR, deletedAt: NOW }),
    todo('shown', { dueAt: NOW - 2 * HOUR, remindedAt: NOW - HOUR }),
    todo('no-date', {}),
  ]);
});
afterEach(() => db.delete());

const names = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

describe('syncReminders', () => {
  it('arms one alarm per to-do still due; an overdue one fires at once, shown ones never again', async () => {
    expect(await syncReminders(db, NOW)).toBe(2);
    expect(await names()).toEqual([reminderName('later'), reminderName('overdue')]);
    expect((await fakeBrowser.alarms.get(reminderName('later')))?.scheduledTime).toBe(NOW + 5 * HOUR);
    expect((await fakeBrowser.alarms.get(reminderName('overdue')))?.scheduledTime).toBeLessThanOrEqual(NOW + 1000);
  });

  it('clears the alarm of a to-do checked off or deleted since, and leaves other alarms alone', async () => {
    await syncReminders(db, NOW);
    fakeBrowser.alarms.create('unrelated', { when: NOW + HOUR });
    await db.todos.update('later', { done: 1 });
    await syncReminders(db, NOW);
    expect(await names()).toEqual([reminderName('overdue'), 'unrelated']);
  });

  it('survives a restart: alarms the browser dropped are re-armed from the database', async () => {
    await syncReminders(db, NOW);
    await fakeBrowser.alarms.clearAll(); // the browser restarted and lost its alarms
    await syncReminders(db, NOW + HOUR);
    expect(await names()).toEqual([reminderName('later'), reminderName('overdue')]);
  });

  it('a snoozed (later) due date re-arms a reminder already shown', async () => {
    await db.todos.update('shown', { dueAt: NOW + 24 * HOUR });
    await syncReminders(db, NOW);
    expect(await names()).toContain(reminderName('shown'));
  });
});
