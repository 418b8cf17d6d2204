/**
 * The key that says two captured to-dos are the same: width- and case-folded (NFKC, lower case),
 * without spaces, punctuation or symbols, so 「記録を残す。」 and 「記録を残す」 are one to-do.
 */
export function todoKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
