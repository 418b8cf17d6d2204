import type { Candidate } from './extract-items';
import type { PageLang } from './types';
import { selectItemsJa } from './select-items-ja';

/**
 * Japanese tip pages restate each heading's tip in the paragraphs below it (select-items-ja).
 * English listicles do not, as a rule: the paragraphs under a tip heading ("Cut your spending")
 * add its concrete steps ("Start an emergency fund", "Block shopping sites"), which readers
 * want as to-dos too, so English keeps them; dedupe drops the ones that repeat the heading.
 */
export function selectItems(items: Candidate[], lang: PageLang): Candidate[] {
  if (lang === 'ja') return selectItemsJa(items);
  return items;
}
