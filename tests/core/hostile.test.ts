import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/index';
import { parsePage } from '../../scripts/load-page';

// Pages built to stall a naive walker. Timing targets belong to benchmarks; here we only need
// the call to return, as "not advice" or as a partial result marked truncated.
const wide = `<html lang="en"><head><title>How to: 10 tips</title></head><body><article>${'<p><span>Keep going. You should rest.</span></p>'.repeat(100_000)}</article></body></html>`;
const deep = `<html lang="ja"><head><title>仕事のコツ</title></head><body>${'<div>'.repeat(5_000)}メモを取りましょう。${'</div>'.repeat(5_000)}</body></html>`;

describe('hostile pages', () => {
  it.each([
    ['200,000 nodes', () => parsePage(wide)],
    ['5,000-deep nesting', () => parsePage(deep)],
    ['a 10 MB text node', () => {
      const doc = parsePage('<html lang="en"><head><title>Tips</title></head><body><article><p>x</p></article></body></html>');
      doc.querySelector('p')!.firstChild!.nodeValue = 'Keep notes. '.repeat(900_000);
      return doc;
    }],
  ])('%s: returns not-advice or truncated', (_name, build) => {
    const result = analyzePage(build(), 'https://example.com/', { scope: 'all' });
    expect(result.isAdvice === false || result.truncated).toBe(true);
    expect(result.items.length).toBeLessThanOrEqual(60);
  }, 60_000);

  it('never throws: a broken document gives a not-advice result marked truncated', () => {
    const broken = new Proxy({}, { get() { throw new Error('boom'); } }) as unknown as Document;
    const result = analyzePage(broken, 'https://example.com/');
    expect(result).toMatchObject({ isAdvice: false, truncated: true, items: [] });
  });

  it('stops at the time budget with an injected clock', () => {
    let t = 0;
    const doc = parsePage(wide);
    const result = analyzePage(doc, 'https://example.com/', { scope: 'all', budgetMs: 5, now: () => (t += 1) });
    expect(result.truncated).toBe(true);
  }, 60_000);
});
