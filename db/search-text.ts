/**
 * The form a to-do's text is searched in: width- and case-folded (NFKC, lower case), with Latin
 * accents dropped ("résumé" → "resume") and runs of spaces made one. Only the combining marks of
 * the Latin block are dropped: Japanese voiced marks (U+3099/U+309A) stay, so が never matches か.
 */
export function searchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}
