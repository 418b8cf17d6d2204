import type { Candidate } from './extract-items';
import type { PageLang } from './types';
import { selectItemsJa } from './select-items-ja';

/**
 * English listicles do not restate a tip heading in the paragraphs below it, as a rule: those
 * paragraphs add the tip's concrete steps ("Start an emergency fund", "Block shopping sites"),
 * which readers want as to-dos too, so they are kept; dedupe drops the ones that repeat the heading.
 */
export function selectItems(items: Candidate[], _lang: PageLang): Candidate[] {
  return items;
}
