import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analyze-page';
import { MAX_BLOCK_CHARS, MAX_ITEMS } from '../../core/limits';
import { reason } from '../../core/reason';
import type { PageAnalysis } from '../../core/types';
import { toPageCapture } from '../../lib/page-capture';
import { validateCapture } from '../../lib/validate-capture';
import { buildPage, pageSpec } from './hostile-dom';

/** Enough cases to reach odd corners; small enough that the file runs in a few seconds. */
const RUNS = 120;
const URL = 'https://example.com/advice/1';
/** Characters nobody can see: an item made only of these is an empty checkbox in the popup. */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Mn}]/gu;
/** Wall-clock bound for one analysis of a generated page: only catches runaway work, never timing noise. */
const GENEROUS_WALL_MS = 3_000;

function checkWellFormed(result: PageAnalysis): void {
  // analyzePage turns internal exceptions into this reason: seeing it means the core threw.
  expect(result.reasons.filter((r) => r.startsWith(reason('stopped')))).toEqual([]);
  expect(result.items.length).toBeLessThanOrEqual(MAX_ITEMS);
  if (!result.isAdvice) expect(result.items).toEqual([]);
  result.items.forEach((item, i) => {
    expect(item.position).toBe(i);
    expect(['list', 'heading', 'sentence']).toContain(item.kind);
    expect(item.text).toBe(item.text.trim());
    expect(item.text.replace(INVISIBLE, '').length, JSON.stringify(item.text)).toBeGreaterThan(0);
    expect(item.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(item.quote.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(item.quote.trim().length).toBeGreaterThan(0);
  });
}

describe('analyzePage on generated hostile documents (fast-check)', () => {
  it('never fails internally and returns well-formed, bounded items', () => {
    fc.assert(
      fc.property(pageSpec, (spec) => {
        const doc = buildPage(spec);
        const started = performance.now();
        const result = analyzePage(doc, URL, { scope: 'all' });
        expect(performance.now() - started).toBeLessThan(GENEROUS_WALL_MS);
        checkWellFormed(result);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('whatever it captures, the background accepts (core output always passes validation)', () => {
    fc.assert(
      fc.property(pageSpec, (spec) => {
        const result = analyzePage(buildPage(spec), URL, { scope: 'all' });
        const checked = validateCapture(toPageCapture(result, URL, 'auto'));
        expect(checked.ok ? 'ok' : checked.reason).toBe('ok');
      }),
      { numRuns: RUNS / 2 },
    );
  }, 60_000);

  it('a result that ran past its budget says so (truncated), measured on an injected clock', () => {
    fc.assert(
      fc.property(pageSpec, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 3 }), (spec, budgetMs, step) => {
        const doc = buildPage(spec);
        let t = 0;
        // Every clock read advances time by `step`: the budget is spent after a bounded amount of work.
        const result = analyzePage(doc, URL, { scope: 'all', budgetMs, now: () => (t += step) });
        checkWellFormed(result);
        // Reads outside the budget's own checks: the start, the budget's start and the final stamp.
        if (result.ms > budgetMs + 3 * step) expect(result.truncated, `ms ${result.ms} budget ${budgetMs}`).toBe(true);
      }),
      { numRuns: RUNS / 2 },
    );
  }, 60_000);

  it('never changes the document it reads', () => {
    fc.assert(
      fc.property(pageSpec, (spec) => {
        const doc = buildPage(spec);
        const before = doc.documentElement.outerHTML;
        analyzePage(doc, URL, { scope: 'all' });
        expect(doc.documentElement.outerHTML === before).toBe(true);
      }),
      { numRuns: RUNS / 4 },
    );
  }, 60_000);

  // Found 2026-11-28, fixed in 6884c85 (core/analyze-page.ts toActionItem): to-do text kept control
  // characters (NUL, ESC), bidi overrides/isolates (U+202A–202E, U+2066–2069: they reorder what the
  // user reads in the popup) and lone surrogates (U+FFFD in any export). Fast-check found one in a few runs.
  it('to-do text is clean: no control or bidi-override characters, no lone surrogates', () => {
    fc.assert(
      fc.property(pageSpec, (spec) => {
        for (const item of analyzePage(buildPage(spec), URL, { scope: 'all' }).items) {
          expect(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(item.text), JSON.stringify(item.text)).toBe(false);
          expect(item.text.isWellFormed(), JSON.stringify(item.text)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

