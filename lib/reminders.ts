import { browser } from 'wxt/browser';
import type { ActionableDB } from '../db/database';
import { dueTodos } from '../db/due-todos';
import { reminderAt, reminderTime } from './reminder-time';

/** Alarm and notification names: the prefix plus the to-do id. */
export const REMINDER_PREFIX = 'due:';
/** "Snooze 1 day". */
export const SNOOZE_MS = 24 * 3600_000;

export const reminderName = (todoId: string) => `${REMINDER_PREFIX}${todoId}`;
export const todoIdOf = (name: string) => (name.startsWith(REMINDER_PREFIX) ? name.slice(REMINDER_PREFIX.length) : null);

/**
 * Makes the browser's alarms match the database: one alarm per to-do still due (past due dates
 * fire at once), none for the rest. Run on install, on startup (browsers may drop alarms on
 * restart) and after any due-date change, so a reminder survives restarts and worker shutdowns.
 */
export async function syncReminders(db: ActionableDB, now = Date.now()): Promise<number> {
  const due = (await dueTodos(db)).filter((t) => t.remindedAt === undefined || t.remindedAt < (t.dueAt ?? 0));
  const time = await reminderTime.getValue();
  const wanted = new Map(due.map((t) => [reminderName(t.id), Math.max(reminderAt(t.dueAt ?? now, time), now + 1000)]));
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    if (todoIdOf(alarm.name) !== null && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) {
    const current = existing.find((a) => a.name === name);
    if (!current || Math.abs(current.scheduledTime - when) > 1000) browser.alarms.create(name, { when });
  }
  return wanted.size;
}
