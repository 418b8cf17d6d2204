import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/index';
import { reason } from '../../core/reason';
import { reasonText, type ReasonStrings } from '../../lib/reason-text';
import { WHY_TABLE } from '../../lib/strings/why-captured';
import { formatAnalysis } from '../../scripts/format-analysis';
import { fixtureDoc } from '../core/fixture';

/** The reasons real analyses store (core/reason.ts codes), phrased by both languages' tables. */

const EN: ReasonStrings = WHY_TABLE.en.reasons;
const JA: ReasonStrings = WHY_TABLE.ja.reasons;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** Plain English words of more than two letters (a Japanese sentence carries none of its own). */
const ENGLISH_WORD = /\b[a-z]{3,}\b/i;

describe('reasons of a real analysis', () => {
  it.each(['ja-blog-with-cta.html', 'en-tips.html', 'en-news.html', 'fr-article.html', 'en-product-page.html', 'en-personal-resolutions.html'])(
    '%s: every reason is a code, phrased in English and in Japanese',
    (file) => {
      const { reasons } = analyzePage(fixtureDoc(file), 'https://example.com/a', { budgetMs: 10_000 });
      expect(reasons.length).toBeGreaterThan(0);
      for (const stored of reasons) {
        expect(stored, 'stored as a code').toMatch(/^@[A-Za-z]+(:|$)/);
        const en = reasonText(stored, EN);
        const ja = reasonText(stored, JA);
        // A code the tables did not know, or with too few values, would come back as stored.
        expect(en, stored).not.toBe(stored);
        expect(ja, stored).not.toBe(stored);
        expect(en, stored).not.toMatch(/^@|undefined|NaN/);
        expect(ja, stored).not.toMatch(/^@|undefined|NaN/);
        expect(ja, stored).toMatch(JAPANESE);
      }
    },
  );

  it('an English page’s reasons, read in Japanese, hold no English beyond the page’s own words', () => {
    const { reasons } = analyzePage(fixtureDoc('en-tips.html'), 'https://example.com/a', { budgetMs: 10_000 });
    // The title reason quotes the page (English here); every other one is all Japanese.
    for (const stored of reasons.filter((r) => !r.startsWith(reason('title')) && !r.startsWith(reason('main')))) {
      expect(reasonText(stored, JA), stored).not.toMatch(ENGLISH_WORD);
    }
  });
});


describe('npm run extract', () => {
  it('prints the reasons as English sentences, not codes', () => {
    const analysis = analyzePage(fixtureDoc('ja-blog-with-cta.html'), 'https://example.com/a', { budgetMs: 10_000 });
    const printed = formatAnalysis(analysis);
    const reasonLines = printed.split('\n').filter((line) => line.startsWith('  - '));
    expect(reasonLines).toHaveLength(analysis.reasons.length);
    for (const line of reasonLines) expect(line).not.toMatch(/^ {2}- @/);
    expect(printed).toMatch(/things? to do found/);
  });
});
