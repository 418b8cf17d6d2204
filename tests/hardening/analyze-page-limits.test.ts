import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analyze-page';
import { MAX_TEXT_NODE_CHARS } from '../../core/limits';

const SENTENCE = 'You should keep notes of every meeting with your manager. ';

/** An advice-shaped article whose body is one text node of `chars` characters. */
function pageWithTextNode(chars: number): Document {
  const { document } = parseHTML(
    '<!doctype html><html lang="en"><head><title>Career advice: 7 tips you should follow at work</title></head>' +
      '<body><article><h1>Career advice: 7 tips you should follow at work</h1><p>x</p></article></body></html>',
  );
  document.querySelector('p')!.firstChild!.nodeValue = SENTENCE.repeat(Math.ceil(chars / SENTENCE.length));
  return document as unknown as Document;
}

describe('caps that cut the analysis short say so', () => {
  it('a text node under the cap is read whole, not truncated (control)', () => {
    expect(analyzePage(pageWithTextNode(MAX_TEXT_NODE_CHARS / 2), 'https://e.com/', { budgetMs: 60_000 }).truncated).toBe(false);
  });

  // Found 2026-11-28, fixed in 6884c85 (core/collect-blocks.ts): appendText cut a text node at
  // MAX_TEXT_NODE_CHARS (20,000) without marking the walk `truncated`, so a 10 MB node gave a
  // "complete" analysis of its first 20,000 characters, which auto-capture would store.
  it('a text node over the cap (10 MB) marks the analysis truncated, however much time it had', () => {
    expect(analyzePage(pageWithTextNode(10_000_000), 'https://e.com/', { budgetMs: 60_000 }).truncated).toBe(true);
  });
});
