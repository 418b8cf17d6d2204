const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/**
 * "3 minutes ago", "yesterday", "just now" / 「3 分前」「昨日」「今」 in `locale`. Apart from
 * lib/format-when.ts (which defaults to the interface language) so that the popup's first-frame
 * script can refresh the times it shows without loading the string tables.
 */
export function relativeTime(time: number, now: number, locale: string): string {
  const diff = time - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}
