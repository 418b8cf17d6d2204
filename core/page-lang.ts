import type { PageLang } from './types';

// Hiragana/katakana only occur in Japanese; kanji alone could be Chinese. Counted code unit by
// code unit (countKana): a match() would build one string per kana of a Japanese sample.
const HIRAGANA = [0x3041, 0x3096] as const;
const KATAKANA = [0x30a1, 0x30fa] as const;
const PROLONGED_SOUND_MARK = 0x30fc;
// Frequent English function words: present in almost any English sentence, rare in other Latin-script languages together.
const EN_WORDS_RE = /\b(?:the|and|of|to|you|your|with|for|is|are|how|what|this|that)\b/gi;
// Markers of other Latin-script languages (French, German, Spanish...) that share letters with English.
const NON_EN_LATIN_RE = /[àâçéèêëîïôûùüÿñæœßäöõãå¿¡]/gi;

/** Share of characters that look Japanese / English needed before trusting a short text. */
const MIN_KANA_SHARE = 0.05; // Japanese titles mix kanji, kana and Latin product names
const MIN_EN_WORDS = 2; // a two-word English title ("Privacy Policy") is too short to judge
/**
 * English articles that quote Japanese (tweets, signs, phrases with furigana) hold plenty of kana;
 * they stay English while English function words outnumber kana / this (a Japanese sentence of
 * 100 characters has ~40 kana and almost no English function words).
 */
const KANA_PER_EN_WORD_FOR_JA = 4;

/** Hiragana, katakana and the prolonged sound mark ー in `text`. */
function countKana(text: string): number {
  let kana = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= HIRAGANA[0] && c <= HIRAGANA[1]) || (c >= KATAKANA[0] && c <= KATAKANA[1]) || c === PROLONGED_SOUND_MARK) kana++;
  }
  return kana;
}

/** Language of a piece of text, or undefined when it is too short or too mixed to say. */
export function langOfText(text: string): PageLang | undefined {
  const sample = text.slice(0, 3000);
  if (!/\S/.test(sample)) return undefined;
  const kana = countKana(sample);
  const enWords = sample.match(EN_WORDS_RE)?.length ?? 0;
  if ((kana / sample.length >= MIN_KANA_SHARE || kana >= 20) && kana > enWords * KANA_PER_EN_WORD_FOR_JA) return 'ja';
  const otherLatin = sample.match(NON_EN_LATIN_RE)?.length ?? 0;
  if (enWords >= MIN_EN_WORDS && otherLatin * 4 < enWords + 1) return 'en';
  return undefined;
}

/** `<html lang>` mapped to our languages; undefined when absent. */
export function langOfAttribute(doc: Document): PageLang | undefined {
  const raw = (doc.documentElement?.getAttribute('lang') || '').trim().toLowerCase();
  if (!raw) return undefined;
  if (raw.startsWith('ja')) return 'ja';
  if (raw.startsWith('en')) return 'en';
  return 'other';
}

/**
 * The page's language: `<html lang>` first, but the text wins when it clearly disagrees
 * (templates often ship `lang="en"` around Japanese text). `text` is a small sample.
 */
export function pageLang(doc: Document, text: string): PageLang {
  const declared = langOfAttribute(doc);
  const seen = langOfText(text);
  if (seen === 'ja') return 'ja';
  if (declared === 'ja' || declared === 'en') return declared === 'ja' && seen === 'en' ? 'en' : declared;
  if (declared === 'other') return 'other';
  return seen ?? 'other';
}
