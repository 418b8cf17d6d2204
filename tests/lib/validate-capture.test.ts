import { describe, expect, it } from 'vitest';
import { CAPTURE_LIMITS, validateCapture } from '../../lib/validate-capture';
import { makeCapture } from '../helpers/capture-factory';

const good = makeCapture(['記録を残す']);

describe('validateCapture', () => {
  it('accepts a well-formed capture and rebuilds it without extra keys', () => {
    const result = validateCapture({ ...good, extra: 'x', items: [{ ...good.items[0], evil: 1 }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).not.toHaveProperty('extra');
    expect(result.value.items[0]).not.toHaveProperty('evil');
    expect(result.value.items[0]?.text).toBe('記録を残す');
  });

  it.each([
    ['not an object', 'capture'],
    [null, 'capture'],
    [[good], 'capture'],
    [{ ...good, url: 'javascript:alert(1)' }, 'url'],
    [{ ...good, canonicalUrl: 'file:///etc/passwd' }, 'canonicalUrl'],
    [{ ...good, via: 'remote' }, 'via'],
    [{ ...good, isAdvice: 'yes' }, 'isAdvice'],
    [{ ...good, analysisMs: Number.NaN }, 'analysisMs'],
    [{ ...good, items: 'all of them' }, 'items'],
    [{ ...good, items: [{ ...good.items[0], text: '   ' }] }, 'items[0].text'],
    [{ ...good, items: [{ ...good.items[0], text: 42 }] }, 'items[0].text'],
    [{ ...good, items: [{ ...good.items[0], text: 'x'.repeat(CAPTURE_LIMITS.textChars + 1) }] }, 'items[0].text'],
    [{ ...good, items: Array.from({ length: CAPTURE_LIMITS.items + 1 }, () => good.items[0]) }, 'items'],
    [{ ...good, title: 't'.repeat(CAPTURE_LIMITS.titleChars + 1) }, 'title'],
    [{ ...good, reasons: [1] }, 'reasons[0]'],
  ])('refuses %# (%s) naming the field', (input, field) => {
    const result = validateCapture(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.startsWith(field)).toBe(true);
  });
});
