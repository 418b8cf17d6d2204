import { expect, it } from 'vitest';
import { analyzePage } from '../../core/index';
import { fixtureDoc } from './fixture';

it.each(['ja-blog-with-cta.html', 'en-tips.html', 'en-news.html', 'ja-summary-dedupe.html', 'en-product-page.html'])('%s: the document is not mutated', (file) => {
  const doc = fixtureDoc(file);
  const before = doc.documentElement.outerHTML;
  analyzePage(doc, 'https://example.com/', { scope: 'all' });
  expect(doc.documentElement.outerHTML).toBe(before);
});
