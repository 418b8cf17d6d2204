import type { CapturedItem, PageCapture } from '../../lib/protocol';

/** A valid capture of a page with the given to-do texts. */
export function makeCapture(texts: string[], overrides: Partial<PageCapture> = {}): PageCapture {
  const items: CapturedItem[] = texts.map((text, position) => ({ text, quote: `${text}ましょう。`, position }));
  return {
    url: 'https://example.com/advice/1?utm_source=x',
    canonicalUrl: 'https://example.com/advice/1',
    title: '電話を切られたときの対処法',
    lang: 'ja',
    isAdvice: true,
    career: true,
    reasons: ['title says 対処法'],
    analysisMs: 3.2,
    via: 'auto',
    items,
    ...overrides,
  };
}
