import type { PageLang } from './types';
import { EN } from './rules-en';
import { JA } from './rules-ja';

/** Splits a block's text into sentences (regex, not Intl.Segmenter: faster and linear). */
export function splitSentences(text: string, lang: PageLang): string[] {
  if (lang === 'ja') return (text.match(JA.sentence) ?? []).map((s) => s.trim()).filter(Boolean);
  return text.split(EN.sentenceEnd).map((s) => s.trim()).filter(Boolean);
}
