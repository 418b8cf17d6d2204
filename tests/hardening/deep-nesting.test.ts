import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analyze-page';
import { createBudget } from '../../core/budget';
import { collectBlocks } from '../../core/collect-blocks';
import { firstLook } from '../../core/first-look';
import { CLOCK_CHECK_EVERY, MAX_DEPTH } from '../../core/limits';
import { parsePage } from '../../scripts/load-page';
import { fixtureHtml } from '../core/fixture';

/**
 * Nesting past MAX_DEPTH is hostile markup (issue #8's 5,000-deep page): every walk gives up
 * before descending further, so the page costs MAX_DEPTH steps, not its whole chain, and the
 * answer is "could not tell" (truncated), never a capture.
 */

const URL = 'https://example.com/work/difficult-calls';

/**
 * The English tips fixture with its <article> wrapped in `wraps` <div>s: its deepest element (the
 * newsletter box's <h3>: body > div×wraps > article > div > h3) sits at depth wraps + 3.
 */
function wrappedTips(wraps: number): Document {
  const html = fixtureHtml('en-tips.html').replace('<article>', `${'<div>'.repeat(wraps)}<article>`).replace('</article>', `</article>${'</div>'.repeat(wraps)}`);
  return parsePage(html);
}

/** A clock that advances 1 ms per read and counts the reads. */
function countingClock(): { now: () => number; reads: () => number } {
  let t = 0;
  return { now: () => ++t, reads: () => t };
}

/** A chain of `depth` nested elements under `root`, advice text at the bottom. */
function chain(doc: Document, root: Element, depth: number): void {
  let el = root;
  for (let i = 0; i < depth; i++) el = el.appendChild(doc.createElement(i % 2 ? 'div' : 'section'));
  el.textContent = 'You should keep a written record of each call.';
}

describe('pathological nesting: every walk gives up at MAX_DEPTH, before descending', () => {
  it('control: the deepest element exactly at MAX_DEPTH is read whole, with its to-dos', () => {
    const result = analyzePage(wrappedTips(MAX_DEPTH - 3), URL, { budgetMs: 60_000 });
    expect(result.truncated).toBe(false);
    expect(result.isAdvice).toBe(true);
    expect(result.items.map((i) => i.text)).toContain('Keep a written record of each call');
    expect(firstLook(wrappedTips(MAX_DEPTH - 3), { budgetMs: 60_000 })).toMatchObject({ pass: true, truncated: false });
  });

  it('one level deeper: not advice, marked truncated, nothing to capture — however much time it had', () => {
    const result = analyzePage(wrappedTips(MAX_DEPTH - 2), URL, { budgetMs: 60_000 });
    expect(result).toMatchObject({ isAdvice: false, truncated: true, items: [] });
    expect(firstLook(wrappedTips(MAX_DEPTH - 2), { budgetMs: 60_000 })).toMatchObject({ pass: false, truncated: true });
  });

  it('the 5,000-deep page of the e2e test stops near MAX_DEPTH: fewer clock reads than a full walk would make', () => {
    const doc = parsePage('<!doctype html><html lang="ja"><head><title>仕事で失敗しないための10のコツ</title></head><body><article><h1>仕事で失敗しないための10のコツ</h1><div id="payload"></div></article></body></html>');
    chain(doc, doc.getElementById('payload')!, 5_000);
    const clock = countingClock();
    const look = firstLook(doc, { budgetMs: 60_000, now: clock.now });
    expect(look).toMatchObject({ pass: false, truncated: true });
    // The budget reads the clock once per CLOCK_CHECK_EVERY nodes: walking the chain (twice: the
    // container search and the text sample) would read it 5000/256 ≈ 19 times or more.
    expect(clock.reads()).toBeLessThan(Math.floor(5_000 / CLOCK_CHECK_EVERY) / 2);
    const clock2 = countingClock();
    expect(analyzePage(doc, URL, { scope: 'all', force: true, budgetMs: 60_000, now: clock2.now })).toMatchObject({ isAdvice: false, truncated: true, items: [] });
    expect(clock2.reads()).toBeLessThan(Math.floor(5_000 / CLOCK_CHECK_EVERY) / 2);
  });

  it('a definite article body (the container search stops there) with a deep chain inside still gives up', () => {
    const doc = parsePage('<!doctype html><html lang="en"><head><title>10 tips to get promoted at work</title></head><body><div class="entry-content"><h1>10 tips to get promoted at work</h1><div id="payload"></div></div></body></html>');
    chain(doc, doc.getElementById('payload')!, 5_000);
    expect(firstLook(doc, { budgetMs: 60_000 })).toMatchObject({ pass: false, truncated: true });
    expect(analyzePage(doc, URL, { scope: 'all', force: true, budgetMs: 60_000 })).toMatchObject({ isAdvice: false, truncated: true, items: [] });
  });

  it('the block walk alone gives up past MAX_DEPTH and spends the budget, so nothing after it runs on', () => {
    const doc = parsePage('<!doctype html><html><body><main></main></body></html>');
    const root = doc.querySelector('main')!;
    chain(doc, root, MAX_DEPTH + 50);
    const budget = createBudget(() => 0, 60_000);
    const walk = collectBlocks(root, budget, 0);
    expect(walk.truncated).toBe(true);
    expect(budget.exhausted).toBe(true);
    const shallow = parsePage('<!doctype html><html><body><main></main></body></html>');
    chain(shallow, shallow.querySelector('main')!, MAX_DEPTH - 1);
    const control = collectBlocks(shallow.querySelector('main')!, createBudget(() => 0, 60_000), 0);
    expect(control.truncated).toBe(false);
    expect(control.blocks.map((b) => b.text)).toContain('You should keep a written record of each call.');
  });
});
