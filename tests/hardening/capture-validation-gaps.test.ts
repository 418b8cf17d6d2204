import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../../lib/protocol';
import { CAPTURE_LIMITS, validateCapture } from '../../lib/validate-capture';
import { makeCapture } from '../helpers/capture-factory';

const good = makeCapture(['記録を残す', '上司に報告する']);
const item = good.items[0]!;
const withItem = (patch: Record<string, unknown>) => ({ ...good, items: [{ ...item, ...patch }] });
const over = (max: number) => 'x'.repeat(max + 1);
const at = (max: number) => 'x'.repeat(max);

describe('validateCapture: every field, every type, every limit', () => {
  it.each<[string, unknown, string]>([
    ['url one over its limit', { ...good, url: `https://e.com/${over(CAPTURE_LIMITS.urlChars)}` }, 'url is longer'],
    ['canonicalUrl one over', { ...good, canonicalUrl: `https://e.com/${over(CAPTURE_LIMITS.urlChars)}` }, 'canonicalUrl is longer'],
    ['canonicalUrl data:', { ...good, canonicalUrl: 'data:text/html,<script>alert(1)</script>' }, 'canonicalUrl is not an http'],
    ['url with a leading space', { ...good, url: ' javascript:alert(1)//https://e.com' }, 'url is not an http'],
    ['title not text', { ...good, title: ['a'] }, 'title is not text'],
    ['lang over 16', { ...good, lang: over(16) }, 'lang is longer'],
    ['career missing', { ...good, career: undefined }, 'career is not true/false'],
    ['analysisMs negative', { ...good, analysisMs: -1 }, 'analysisMs is not a number'],
    ['analysisMs Infinity', { ...good, analysisMs: Infinity }, 'analysisMs is not a number'],
    ['analysisMs a string', { ...good, analysisMs: '3' }, 'analysisMs is not a number'],
    ['via missing', { ...good, via: undefined }, 'via is not text'],
    ['reasons not a list', { ...good, reasons: 'because' }, 'reasons is not a list'],
    ['reasons one too many', { ...good, reasons: Array(CAPTURE_LIMITS.reasons + 1).fill('r') }, 'reasons has more than'],
    ['a reason one over', { ...good, reasons: [over(CAPTURE_LIMITS.reasonChars)] }, 'reasons[0] is longer'],
    ['items one too many', { ...good, items: Array(CAPTURE_LIMITS.items + 1).fill(item) }, 'items has more than'],
    ['an item that is null', { ...good, items: [null] }, 'items[0] is not an object'],
    ['an item that is a list', { ...good, items: [[item.text]] }, 'items[0] is not an object'],
    ['item text missing', withItem({ text: undefined }), 'items[0].text is not text'],
    ['item text one over', withItem({ text: over(CAPTURE_LIMITS.textChars) }), 'items[0].text is longer'],
    ['item detail one over', withItem({ detail: over(CAPTURE_LIMITS.detailChars) }), 'items[0].detail is longer'],
    ['item detail a number', withItem({ detail: 5 }), 'items[0].detail is not text'],
    ['item section one over', withItem({ section: over(CAPTURE_LIMITS.sectionChars) }), 'items[0].section is longer'],
    ['item section an object', withItem({ section: { toString: 'x' } }), 'items[0].section is not text'],
    ['item quote missing', withItem({ quote: undefined }), 'items[0].quote is not text'],
    ['item quote one over', withItem({ quote: over(CAPTURE_LIMITS.quoteChars) }), 'items[0].quote is longer'],
    ['item position negative', withItem({ position: -1 }), 'items[0].position is not a number'],
    ['item position NaN', withItem({ position: Number.NaN }), 'items[0].position is not a number'],
    ['item position a string', withItem({ position: '1' }), 'items[0].position is not a number'],
  ])('refuses %s, naming the field', (_name, input, reason) => {
    const result = validateCapture(input);
    expect(result.ok ? 'accepted' : result.reason).toContain(reason);
  });

  it('accepts every field exactly at its limit (the limits are not off by one)', () => {
    const full: PageCapture = {
      ...good,
      url: `https://e.com/${at(CAPTURE_LIMITS.urlChars - 'https://e.com/'.length)}`,
      title: at(CAPTURE_LIMITS.titleChars),
      reasons: Array(CAPTURE_LIMITS.reasons).fill(at(CAPTURE_LIMITS.reasonChars)),
      items: Array.from({ length: CAPTURE_LIMITS.items }, (_, i) => ({
        text: `${i}${at(CAPTURE_LIMITS.textChars - String(i).length)}`,
        detail: at(CAPTURE_LIMITS.detailChars),
        section: at(CAPTURE_LIMITS.sectionChars),
        quote: at(CAPTURE_LIMITS.quoteChars),
        position: i,
      })),
    };
    const result = validateCapture(full);
    expect(result.ok ? 'ok' : result.reason).toBe('ok');
  });

  it('never throws, whatever arrives (fast-check over arbitrary values)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withSet: true }), (value) => {
        expect(() => validateCapture(value)).not.toThrow();
        expect(validateCapture(value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a capture with one field replaced by anything is refused, or accepted with every field well-typed', () => {
    const fields = Object.keys(good) as (keyof PageCapture)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const result = validateCapture({ ...good, [field]: value });
        if (!result.ok) return;
        const v = result.value;
        expect([v.url, v.canonicalUrl, v.title, v.lang, v.via].every((s) => typeof s === 'string')).toBe(true);
        expect(typeof v.isAdvice === 'boolean' && typeof v.career === 'boolean').toBe(true);
        expect(Number.isFinite(v.analysisMs) && v.analysisMs >= 0).toBe(true);
        expect(v.reasons.every((r) => typeof r === 'string')).toBe(true);
        for (const it of v.items) {
          expect(typeof it.text === 'string' && it.text.trim() === it.text && it.text.length > 0).toBe(true);
          expect(typeof it.quote).toBe('string');
          expect(Number.isFinite(it.position)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('prototype-pollution keys in a message reach nothing', () => {
    const hostile = JSON.parse(
      JSON.stringify(good).replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},'),
    ) as unknown;
    const result = validateCapture(hostile);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.value).sort()).toEqual(Object.keys(good).sort());
  });

  // Found 2026-11-28, fixed in 6884c85 (lib/validate-capture.ts): the emptiness check used
  // String#trim, which keeps zero-width and bidi-control characters, so an invisible to-do was stored.
  it.each([['\u200b'], ['\u200b\u200c\u200d\ufeff'], ['\u202e\u2066'], ['\u0000\u0007']])(
    'refuses an item whose text is invisible (%j)',
    (text) => {
      const result = validateCapture(withItem({ text }));
      expect(result.ok ? 'accepted' : result.reason).toContain('items[0].text is empty');
    },
  );
});
