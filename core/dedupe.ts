import type { Candidate } from './extract-items';
import { EN } from './rules-en';

/** Two to-dos whose keys overlap this much (shorter ÷ longer, one inside the other) are one to-do. */
const SAME_TODO_OVERLAP = 0.6;

/** Two English to-dos where the shorter's content words are this share of the longer's… */
const SAME_WORDS_SHARE_EN = 0.8;
/** …and at least this many (a summary list restated by the headings below it: "Choose your furniture wisely" / "Choose Furniture Wisely"; one shared word is chance). */
const MIN_SAME_WORDS_EN = 2;

function contentWordsEn(text: string): Set<string> {
  return new Set(text.toLowerCase().match(EN.contentWord)?.filter((w) => !EN.functionWord.test(w)).map((w) => w.replace(EN.wordSuffix, '')));
}

/** True when `b` holds at least `share` of `a`'s English content words, and at least MIN_SAME_WORDS_EN of them. */
export function sharesWordsEn(a: string, b: string, share = SAME_WORDS_SHARE_EN): boolean {
  const own = contentWordsEn(a);
  const shared = [...contentWordsEn(b)].filter((w) => own.has(w)).length;
  return shared >= MIN_SAME_WORDS_EN && shared >= share * own.size;
}

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
 * in the text, or an English heading that restates a summary list's item in other words, yields one item. Positions are renumbered.
 */
export function dedupe(items: Candidate[]): Candidate[] {
  const keys: string[] = [];
  const out: Candidate[] = [];
  for (const item of items) {
    const key = todoKey(item.text);
    if (!key || keys.some((k) => isSame(k, key)) || out.some((o) => (o.text.length < item.text.length ? sharesWordsEn(o.text, item.text) : sharesWordsEn(item.text, o.text)))) continue;
    keys.push(key);
    out.push({ ...item, position: out.length });
  }
  return out;
}
