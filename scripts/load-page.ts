import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** Parses HTML text with linkedom (the DOM the scripts and tests use). */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Reads a saved page as UTF-8 — always, even when it declares Shift_JIS or EUC-JP (saved corpus
 * pages were stored as UTF-8 whatever their <meta charset> says) — and parses it.
 */
export function loadPage(file: string): Document {
  return parsePage(readFileSync(file, 'utf8'));
}
