import type { Candidate } from './extract-items';
import type { PageLang } from './types';
import { EN } from './rules-en';
import { JA } from './rules-ja';

/** With an advice title, a short tip page (two or three instructions) is still advice. */
const MIN_ITEMS_FOR_ADVICE = 2;
/** Without an advice title, it needs at least this many. */
const MIN_ITEMS_WITHOUT_TITLE = 4;
/** Career words (title counts TITLE_CAREER_WEIGHT times) needed per 1,000 characters of text. */
const MIN_CAREER_PER_K = { ja: 2.0, en: 2.0 } as const;
/** A career word in the title counts this many times: the title names the topic. */
const TITLE_CAREER_WEIGHT = 5;
/** At least this many career words in all before the page is about work at all. */
const MIN_CAREER_HITS = 4;

export interface Verdict {
  isAdvice: boolean;
  score: number;
  reasons: string[];
}

export function adviceVerdict(items: Candidate[], titleSaysAdvice: boolean): Verdict {
  const n = items.length;
  const needed = titleSaysAdvice ? MIN_ITEMS_FOR_ADVICE : MIN_ITEMS_WITHOUT_TITLE;
  const isAdvice = n >= needed;
  const kinds = new Set(items.map((i) => i.kind));
  const score = Math.min(1, n / (needed * 2) + (titleSaysAdvice ? 0.2 : 0));
  const reasons = [`${n} things to do found (${[...kinds].join(', ') || 'none'}); ${needed} needed`];
  return { isAdvice, score: +score.toFixed(2), reasons };
}

/** Is the page about work and careers? Career words in the title and body, per length. */
export function careerVerdict(title: string, text: string, lang: PageLang): { career: boolean; reason: string } {
  if (lang !== 'ja' && lang !== 'en') return { career: false, reason: '' };
  const re = lang === 'ja' ? JA.career : EN.career;
  const inTitle = title.match(re)?.length ?? 0;
  const inText = text.match(re)?.length ?? 0;
  const hits = inTitle * TITLE_CAREER_WEIGHT + inText;
  const perK = (hits * 1000) / Math.max(1, text.length);
  const career = hits >= MIN_CAREER_HITS && perK >= MIN_CAREER_PER_K[lang];
  return { career, reason: `${inTitle} work words in the title, ${inText} in the text (${perK.toFixed(1)} per 1,000 characters)` };
}
