import { currentLocale } from './current-locale';

/** 1234 → "1,234" in the interface language (Intl; cached per language). */
const formats = new Map<string, Intl.NumberFormat>();
export function formatCount(n: number): string {
  const locale = currentLocale();
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** English plural: "1 to-do", "2 to-dos" (Japanese tables don't need one). */
export function plural(n: number, one: string, other: string): string {
  return `${formatCount(n)} ${n === 1 ? one : other}`;
}
