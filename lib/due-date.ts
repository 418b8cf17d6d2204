/**
 * Due dates are days, not instants: stored as local midnight of the chosen day, shown as a short
 * date, and overdue once that day is over.
 */
import { currentLocale } from './i18n/current-locale';

const DAY_MS = 24 * 3600_000;

/** `<input type="date">`'s "YYYY-MM-DD" → local midnight; empty → no due date. */
export function dueFromInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

export function inputFromDue(dueAt: number | undefined): string {
  if (dueAt === undefined) return '';
  const d = new Date(dueAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "Nov 29" / 「11月29日」 in the interface language. */
export function formatDue(dueAt: number, locale: string = currentLocale()): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(dueAt);
}

export function isOverdue(dueAt: number, now = Date.now()): boolean {
  return now >= dueAt + DAY_MS;
}
