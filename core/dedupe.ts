import type { Candidate } from './extract-items';

/** Two to-dos whose keys overlap this much (shorter ÷ longer, one inside the other) are one to-do. */
const SAME_TODO_OVERLAP = 0.6;

/** Comparison key: width-folded, lower case, no spaces or punctuation. */
export function todoKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function isSame(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= SAME_TODO_OVERLAP * long.length;
}

/**
 * Keeps the first of each to-do: a summary list that repeats the headings, or a label repeated
 * in the text, yields one item. Positions are renumbered.
 */
export function dedupe(items: Candidate[]): Candidate[] {
  const keys: string[] = [];
  const out: Candidate[] = [];
  for (const item of items) {
    const key = todoKey(item.text);
    if (!key || keys.some((k) => isSame(k, key))) continue;
    keys.push(key);
    out.push({ ...item, position: out.length });
  }
  return out;
}
