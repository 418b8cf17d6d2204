import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { dueFromInput } from '../../lib/due-date';
import { reminderAt, reminderTime } from '../../lib/reminder-time';
import { reminderName, syncReminders } from '../../lib/reminders';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

beforeEach(() => fakeBrowser.reset());

describe('reminder time of day (options → reminder defaults)', () => {
  it('a due day reminds at the chosen time of that day; a due time of its own (a snooze) at that time', () => {
    expect(reminderAt(dueFromInput('2026-12-01')!, '09:00')).toBe(at(2026, 12, 1, 9));
    expect(reminderAt(dueFromInput('2026-12-01')!, '18:30')).toBe(at(2026, 12, 1, 18, 30));
    expect(reminderAt(at(2026, 12, 1, 14, 5), '09:00')).toBe(at(2026, 12, 1, 14, 5));
    expect(reminderAt(dueFromInput('2026-12-01')!, 'garbage')).toBe(at(2026, 12, 1, 9));
  });

  it('arms alarms at the stored time, and re-arms them when it changes', async () => {
    const db = new ActionableDB(`remtime-${crypto.randomUUID()}`);
    const now = at(2026, 11, 28, 12);
    await db.todos.add({ id: 't', articleId: 'a', text: 't', position: 0, done: 0, createdAt: now, updatedAt: now, key: 't', dueAt: dueFromInput('2026-12-01') });
    await syncReminders(db, now);
    expect((await fakeBrowser.alarms.get(reminderName('t')))?.scheduledTime).toBe(at(2026, 12, 1, 9));
    await reminderTime.setValue('07:45');
    await syncReminders(db, now);
    expect((await fakeBrowser.alarms.get(reminderName('t')))?.scheduledTime).toBe(at(2026, 12, 1, 7, 45));
    await db.delete();
  });
});
