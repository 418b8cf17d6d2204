import { describe, expect, it } from 'vitest';
import { analyzePage, analyzePageInSlices } from '../../core/analyze-page';
import { createBudget } from '../../core/budget';
import { fixtureDoc } from '../core/fixture';

/**
 * Issue #8: the extractor shares the page's thread, so it hands the thread back between its steps
 * (first look, text, block walk, rules) and no step may run longer than a slice. Paused time is
 * the page's, not the analysis': it never counts against the budget.
 */

const URL = 'https://example.com/work/difficult-calls';

/** A clock the test moves by hand. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('a budget with slices', () => {
  it('paused time does not count; the slice restarts on resume', () => {
    const clock = manualClock();
    const budget = createBudget(clock.now, 100, Infinity, 40);
    clock.advance(30);
    budget.pause();
    clock.advance(10_000);
    expect(budget.exhausted).toBe(false);
    budget.resume();
    expect(budget.elapsed()).toBe(30);
    clock.advance(35); // 35 ms into this slice, 65 ms in all
    expect(budget.exhausted).toBe(false);
    clock.advance(10); // 45 ms into this slice: over the slice
    expect(budget.exhausted).toBe(true);
  });

  it('the whole budget still bounds the sum of the slices', () => {
    const clock = manualClock();
    const budget = createBudget(clock.now, 120, Infinity, 40);
    for (let i = 0; i < 3; i++) {
      clock.advance(35);
      expect(budget.exhausted).toBe(false);
      budget.pause();
      clock.advance(1_000);
      budget.resume();
    }
    clock.advance(35); // 140 ms of work in all (over 120), no slice over 40
    expect(budget.exhausted).toBe(true);
  });

  it('without slices it behaves as before: one clock from the start', () => {
    const clock = manualClock();
    const budget = createBudget(clock.now, 100);
    clock.advance(100);
    expect(budget.exhausted).toBe(false);
    clock.advance(1);
    expect(budget.exhausted).toBe(true);
  });
});

describe('analyzePageInSlices', () => {
  it('gives the same answer as analyzePage, handing the thread back between steps', async () => {
    const whole = analyzePage(fixtureDoc('en-tips.html'), URL, { scope: 'all', budgetMs: 60_000 });
    let pauses = 0;
    const sliced = await analyzePageInSlices(fixtureDoc('en-tips.html'), URL, { scope: 'all', budgetMs: 60_000 }, 60_000, async () => {
      pauses++;
    });
    expect(whole.items.length).toBeGreaterThan(0);
    expect({ ...sliced, ms: 0 }).toEqual({ ...whole, ms: 0 });
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it('time the page spends in the pauses is not the analysis’: long pauses neither truncate nor count', async () => {
    const clock = manualClock();
    const result = await analyzePageInSlices(fixtureDoc('en-tips.html'), URL, { scope: 'all', budgetMs: 200, now: clock.now }, 100, async () => clock.advance(5_000));
    expect(result.truncated).toBe(false);
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.ms).toBe(0);
  });

  it('a step that runs past its slice ends the analysis, truncated, without throwing', async () => {
    let t = 0;
    const slowClock = () => (t += 5); // every reading of the clock costs 5 ms
    const result = await analyzePageInSlices(fixtureDoc('en-tips.html'), URL, { scope: 'all', budgetMs: 60_000, now: slowClock }, 1, async () => undefined);
    expect(result.truncated).toBe(true);
    // Control: the same clock with room in each slice reads the page whole.
    t = 0;
    const roomy = await analyzePageInSlices(fixtureDoc('en-tips.html'), URL, { scope: 'all', budgetMs: 60_000, now: slowClock }, 10_000, async () => undefined);
    expect(roomy.truncated).toBe(false);
  });

  it('a pause that throws (the page tore the world down) is an answer, not an exception', async () => {
    const result = await analyzePageInSlices(fixtureDoc('en-tips.html'), URL, { scope: 'all', budgetMs: 60_000 }, 60_000, async () => {
      throw new Error('gone');
    });
    expect(result).toMatchObject({ isAdvice: false, truncated: true, items: [] });
  });
});
