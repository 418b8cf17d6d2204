import { storage } from 'wxt/utils/storage';

/** When a date-only due date reminds, unless the user picks another time: the start of a working day. */
export const DEFAULT_REMINDER_TIME = '09:00';
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isReminderTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);

/** The time of day ("HH:MM", local) a to-do due on a day without a time reminds (options). */
export const reminderTime = storage.defineItem<string>('local:reminderTime', {
  fallback: DEFAULT_REMINDER_TIME,
  version: 1,
});

/**
 * When a due date reminds. A due date is a day (stored as local midnight, lib/due-date.ts): it
 * reminds at `time` on that day. A due date with a time of its own (a snooze: "a day from now")
 * reminds at that very moment.
 */
export function reminderAt(dueAt: number, time: string): number {
  const day = new Date(dueAt);
  const isDateOnly = day.getHours() === 0 && day.getMinutes() === 0 && day.getSeconds() === 0 && day.getMilliseconds() === 0;
  const match = TIME.exec(time) ?? TIME.exec(DEFAULT_REMINDER_TIME)!;
  if (!isDateOnly) return dueAt;
  day.setHours(Number(match[1]), Number(match[2]));
  return day.getTime();
}
