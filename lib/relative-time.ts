const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** One formatter per locale: the popup formats a time for every group it draws. */
const formats = new Map<string, Intl.RelativeTimeFormat>();

function formatIn(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}

/**
 * "3 minutes ago", "yesterday", "just now" / 「3 分前」「昨日」「今」 in `locale`. Apart from
 * lib/format-when.ts (which defaults to the interface language) so that the popup's first-frame
 * script can refresh the times it shows without loading the string tables.
 */
export function relativeTime(time: number, now: number, locale: string): string {
  const diff = time - now;
  const format = formatIn(locale);
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}
