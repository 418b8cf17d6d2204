import { describe, expect, it } from 'vitest';
import { createBudget } from '../../core/budget';
import { collectBlocks } from '../../core/collect-blocks';
import { MAX_BLOCKS } from '../../core/limits';
import { parsePage } from '../../scripts/load-page';

/** A <main> holding `items` advice-shaped list items, 99 to a list (the e2e wide-under-cap page's shape). */
function listPage(items: number): Element {
  let html = '';
  for (let i = 0; i < items; i += 99) {
    html += '<ul>';
    for (let j = i; j < Math.min(items, i + 99); j++) html += `<li>Ask your manager for feedback on project ${j}.</li>`;
    html += '</ul>';
  }
  return parsePage(`<!doctype html><html><body><main>${html}</main></body></html>`).querySelector('main')!;
}

describe('the block walk stops at MAX_BLOCKS: a catalogue or feed, not an article', () => {
  it('control: a long article under the cap is read whole', () => {
    const walk = collectBlocks(listPage(MAX_BLOCKS - 100), createBudget(() => 0, 60_000), 0);
    expect(walk.truncated).toBe(false);
    expect(walk.blocks.at(-1)?.text).toBe(`Ask your manager for feedback on project ${MAX_BLOCKS - 101}.`);
  });

  it('28,710 items: stopped near the cap and marked truncated, however much budget was left', () => {
    const walk = collectBlocks(listPage(28_710), createBudget(() => 0, 60_000), 0);
    expect(walk.truncated).toBe(true);
    expect(walk.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS + 1);
    expect(walk.blocks.length).toBeGreaterThan(MAX_BLOCKS - 100);
  });
});
