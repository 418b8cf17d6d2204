import type { CapturedItem, PageCapture } from './protocol';

/** Caps on what one capture may carry; a real article stays far below them. */
export const CAPTURE_LIMITS = {
  /** The longest advice listicles run to ~100 steps; more is a broken or hostile page. */
  items: 200,
  urlChars: 2048,
  titleChars: 500,
  /** A to-do is short; a long sentence is a detail or a quote. */
  textChars: 300,
  detailChars: 2000,
  quoteChars: 2000,
  sectionChars: 300,
  reasons: 20,
  reasonChars: 200,
} as const;

const VIA = new Set(['auto', 'manual', 'selection']);

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Thrown inside the validator with the first thing that is wrong. */
class Invalid extends Error {}

function str(value: unknown, field: string, max: number, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') throw new Invalid(`${field} is not text`);
  if (value.length > max) throw new Invalid(`${field} is longer than ${max} characters`);
  return value;
}

function num(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Invalid(`${field} is not a number`);
  return value;
}

function bool(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(`${field} is not true/false`);
  return value;
}

function webUrl(value: unknown, field: string): string {
  const text = str(value, field, CAPTURE_LIMITS.urlChars) as string;
  if (!/^https?:\/\//i.test(text)) throw new Invalid(`${field} is not an http(s) URL`);
  return text;
}

/**
 * The page names its own canonical URL, so a page could name another site's article and write
 * into it: a canonical URL on another host is ignored for the page's own address.
 */
function sameSiteOr(canonical: string, url: string): string {
  try {
    return new URL(canonical).host === new URL(url).host ? canonical : url;
  } catch {
    return url;
  }
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${field} is not an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${field} is not a list`);
  if (value.length > max) throw new Invalid(`${field} has more than ${max} entries`);
  return value;
}

function item(value: unknown, i: number): CapturedItem {
  const o = record(value, `items[${i}]`);
  const text = (str(o.text, `items[${i}].text`, CAPTURE_LIMITS.textChars) as string).trim();
  // trim() keeps zero-width and bidi controls: an invisible to-do would be an empty checkbox.
  if (!text.replace(/[\s\p{Cf}\p{Cc}]/gu, '')) throw new Invalid(`items[${i}].text is empty`);
  return {
    text,
    detail: str(o.detail, `items[${i}].detail`, CAPTURE_LIMITS.detailChars, true),
    section: str(o.section, `items[${i}].section`, CAPTURE_LIMITS.sectionChars, true),
    quote: str(o.quote, `items[${i}].quote`, CAPTURE_LIMITS.quoteChars) as string,
    position: num(o.position, `items[${i}].position`),
  };
}

/**
 * Checks an untrusted capture message field by field and rebuilds it from the checked fields
 * only, so nothing unexpected (extra keys, prototype tricks) reaches the database.
 */
export function validateCapture(value: unknown): Validated<PageCapture> {
  try {
    const o = record(value, 'capture');
    const via = str(o.via, 'via', 16) as string;
    if (!VIA.has(via)) throw new Invalid('via is not auto, manual or selection');
    const url = webUrl(o.url, 'url');
    const capture: PageCapture = {
      url,
      canonicalUrl: sameSiteOr(webUrl(o.canonicalUrl, 'canonicalUrl'), url),
      title: str(o.title, 'title', CAPTURE_LIMITS.titleChars) as string,
      lang: str(o.lang, 'lang', 16) as string,
      isAdvice: bool(o.isAdvice, 'isAdvice'),
      career: bool(o.career, 'career'),
      reasons: list(o.reasons, 'reasons', CAPTURE_LIMITS.reasons).map(
        (r, i) => str(r, `reasons[${i}]`, CAPTURE_LIMITS.reasonChars) as string,
      ),
      analysisMs: num(o.analysisMs, 'analysisMs'),
      via: via as PageCapture['via'],
      items: list(o.items, 'items', CAPTURE_LIMITS.items).map(item),
    };
    return { ok: true, value: capture };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}
