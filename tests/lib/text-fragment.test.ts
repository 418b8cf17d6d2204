import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../lib/text-fragment';

describe('textFragmentUrl', () => {
  it('links a short quote whole, percent-encoding what directives treat as syntax', () => {
    expect(textFragmentUrl('https://example.com/a#top', 'Ask for feedback, then act - fast & well')).toBe(
      'https://example.com/a#:~:text=Ask%20for%20feedback%2C%20then%20act%20%2D%20fast%20%26%20well',
    );
    expect(textFragmentUrl('https://example.com/a', '上司への報告')).toBe(
      `https://example.com/a#:~:text=${encodeURIComponent('上司への報告')}`,
    );
  });

  it('turns a long quote into start,end cut at word boundaries', () => {
    const quote = `Start with the first words of it ${'and a long middle part '.repeat(6)}until the very last words here.`;
    const url = textFragmentUrl('https://example.com/a', quote);
    const [start, end] = url.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(quote.startsWith(start!)).toBe(true);
    expect(quote.endsWith(end!)).toBe(true);
    expect(start!.length).toBeLessThanOrEqual(40);
    expect(quote).toContain(` ${end}`);
  });

  it('without a quote, is the plain address', () => {
    expect(textFragmentUrl('https://example.com/a', undefined)).toBe('https://example.com/a');
    expect(textFragmentUrl('https://example.com/a', '   ')).toBe('https://example.com/a');
  });
});
