import type { Candidate } from './extract-items';
import { EN } from './rules-en';

/** Two to-dos whose keys overlap this much (shorter ÷ longer, one inside the other) are one to-do. */
const SAME_TODO_OVERLAP = 0.6;

/** Two English to-dos where the shorter's content words are this share of the longer's… */
const SAME_WORDS_SHARE_EN = 0.8;
/** A heading that restates a summary list's item ("Maximize Wall Space" after "Utilize the space on the walls") needs only this share. */
const HEADING_RESTATES_ITEM_SHARE_EN = 0.6;
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

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Comparison key: width-folded, lower case, no spaces or punctuation. */
export function todoKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function isSame(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= SAME_TODO_OVERLAP * long.length;
}

/** Two English to-dos with the same content words; a heading restating a list item may use fewer of them. */
function restatesEn(a: Candidate, b: Candidate): boolean {
  // Japanese to-dos share Latin words by chance (「…SMSのURLをタップしない」 and 「SMSやURLに注意する」).
  if (JAPANESE_SCRIPT.test(a.text) || JAPANESE_SCRIPT.test(b.text)) return false;
  const share = (a.kind === 'list' && b.kind === 'heading') || (a.kind === 'heading' && b.kind === 'list') ? HEADING_RESTATES_ITEM_SHARE_EN : SAME_WORDS_SHARE_EN;
  return a.text.length < b.text.length ? sharesWordsEn(a.text, b.text, share) : sharesWordsEn(b.text, a.text, share);
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
    if (!key || keys.some((k) => isSame(k, key)) || out.some((o) => restatesEn(o, item))) continue;
    keys.push(key);
    out.push({ ...item, position: out.length });
  }
  return out;
}
