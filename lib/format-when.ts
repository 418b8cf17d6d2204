import { currentLocale } from './i18n/current-locale';
import { relativeTime } from './relative-time';

/** "3 minutes ago", "yesterday", "just now" / 「3 分前」「昨日」「今」 — in the interface language. */
export function formatWhen(time: number, now = Date.now(), locale: string = currentLocale()): string {
  return relativeTime(time, now, locale);
}

/** A time of day, "3:05 PM" / 「15:05」, in the interface language. */
export function formatTime(time: number, locale: string = currentLocale()): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(time);
}
