import type { Candidate } from './extract-items';
import type { PageLang } from './types';
import { selectItemsJa } from './select-items-ja';

/**
 * Listicles put each tip in a heading and explain it in the paragraphs below, whose imperative
 * sentences elaborate that tip rather than add to-dos. So a sentence under a heading that is
 * itself a to-do is dropped; sentences in other sections stay.
 */
export function selectItems(items: Candidate[], lang: PageLang): Candidate[] {
  if (lang === 'ja') return selectItemsJa(items);
  if (lang !== 'en') return items;
  const tipSections = new Set(items.filter((i) => i.kind === 'heading').map((i) => i.section));
  return items.filter((i) => i.kind !== 'sentence' || !i.section || !tipSections.has(i.section));
}
