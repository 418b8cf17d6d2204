import type { Candidate } from './extract-items';

/**
 * Japanese tip pages put each tip in a heading (「毎月使う金額をチェックしよう」) and explain it in the
 * paragraphs below, whose 〜ましょう sentences restate or elaborate that tip. So a sentence under a
 * heading that is itself a to-do is dropped; sentences in other sections, and list items, stay.
 */
export function selectItemsJa(items: Candidate[]): Candidate[] {
  const tipSections = new Set(items.filter((i) => i.kind === 'heading').map((i) => i.section));
  return items.filter((i) => i.kind !== 'sentence' || !i.section || !tipSections.has(i.section));
}
