import type { Block } from './collect-blocks';
import type { Candidate } from './extract-items';
import type { PageLang } from './types';
import { reason } from './reason';
import { EN, EN_DETECT } from './rules-en';
import { JA, JA_DETECT } from './rules-ja';

/**
 * The verdict weighs evidence in points, so that no single weak signal flips a page:
 * each to-do found is a point (capped), an advice title or HowTo is worth two, and shapes of
 * pages that merely sound like advice (product pages, personal essays) take points away.
 */
/** Points needed to call a page advice (an advice title plus two to-dos; or four to-dos alone). */
const ADVICE_POINTS = 4;
/** An advice title or JSON-LD HowTo: the publisher says what the page is. */
const TITLE_POINTS = 2;
/** To-dos count up to this many points: beyond it, more imperatives say nothing new about the page. */
const ITEM_POINTS_CAP = 6;
/**
 * Advice phrasing throughout the text (〜ましょう, "make sure") at this many markers per 1,000
 * sampled characters is worth a point: a tip page whose steps the item rules only half read.
 * Japanese only: English markers include common words ("your", "never") that marketing copy is full of.
 */
const MARKER_POINT_PER_K = { ja: 1.5, en: Infinity } as const;
/** Penalty for each counter-signal below (only on pages whose title does not promise advice). */
const COUNTER_POINTS = 3;
/** Product and landing pages: feature blurbs between "Learn more" / "Try it" links — this many such links… */
const MIN_CTA_LINKS_FOR_PRODUCT = 3;
/** …on a page where at least this share of blocks are mostly link text. */
const MIN_LINK_BLOCK_SHARE_FOR_PRODUCT = 0.2;
/** Essays, diaries and resolutions talk about the writer: first-person words per 1,000 characters of prose (English). */
const MAX_FIRST_PERSON_PER_K = 5;
/** Prose read for the first-person count (a long essay says enough in its first pages). */
const MAX_SHAPE_CHARS = 20_000;
/** A block this share link text is a link, not prose. */
const LINK_BLOCK_SHARE = 0.5;
/** A call-to-action link is short ("Learn more about Sync"). */
const MAX_CTA_LINK_CHARS = 60;

/** Career words (title counts TITLE_CAREER_WEIGHT times) needed per 1,000 characters of text. */
const MIN_CAREER_PER_K = { ja: 2.0, en: 2.0 } as const;
/** A career word in the title counts this many times: the title names the topic. */
const TITLE_CAREER_WEIGHT = 5;
/** At least this many career words in all before the page is about work at all. */
const MIN_CAREER_HITS = 4;
/** The body itself must talk about work this often (per 1,000 characters): one title word ("business class") is not the topic. */
const MIN_TEXT_CAREER_PER_K = 1.2;

export interface PageShape {
  blocks: number;
  linkBlocks: number;
  ctaLinks: number;
  /** First-person words per 1,000 characters of prose (English; 0 elsewhere). */
  firstPersonPerK: number;
}

/** Counts from the blocks already collected: no extra DOM access. */
export function pageShape(blocks: Block[], lang: PageLang): PageShape {
  const cta = lang === 'ja' ? JA_DETECT.callToActionLink : EN.callToAction;
  const shape: PageShape = { blocks: 0, linkBlocks: 0, ctaLinks: 0, firstPersonPerK: 0 };
  const prose: string[] = [];
  let proseChars = 0;
  for (const b of blocks) {
    if (b.kind === 'cta' || !b.text) continue;
    shape.blocks++;
    if (b.linkChars > LINK_BLOCK_SHARE * b.text.length) {
      shape.linkBlocks++;
      if (b.text.length <= MAX_CTA_LINK_CHARS && cta.test(b.text)) shape.ctaLinks++;
    } else if (b.kind !== 'heading' && proseChars < MAX_SHAPE_CHARS) {
      prose.push(b.text);
      proseChars += b.text.length;
    }
  }
  if (lang === 'en' && proseChars > 0) {
    const text = prose.join('\n').slice(0, MAX_SHAPE_CHARS);
    EN_DETECT.firstPerson.lastIndex = 0;
    shape.firstPersonPerK = ((text.match(EN_DETECT.firstPerson)?.length ?? 0) * 1000) / text.length;
  }
  return shape;
}

export interface Verdict {
  isAdvice: boolean;
  score: number;
  reasons: string[];
}

export function adviceVerdict(items: Candidate[], titleSaysAdvice: boolean, shape: PageShape, markersPerK = 0, lang: PageLang = 'en'): Verdict {
  const n = items.length;
  const kinds = new Set(items.map((i) => i.kind));
  const reasons = [reason('items', n, [...kinds].join(','))];
  let points = Math.min(n, ITEM_POINTS_CAP) + (titleSaysAdvice ? TITLE_POINTS : 0);
  if (lang !== 'other' && markersPerK >= MARKER_POINT_PER_K[lang]) {
    points += 1;
    reasons.push(reason('phrasing', markersPerK.toFixed(1)));
  }
  if (!titleSaysAdvice) {
    if (shape.ctaLinks >= MIN_CTA_LINKS_FOR_PRODUCT && shape.linkBlocks >= MIN_LINK_BLOCK_SHARE_FOR_PRODUCT * shape.blocks) {
      points -= COUNTER_POINTS;
      reasons.push(reason('product', shape.ctaLinks));
    }
    if (shape.firstPersonPerK >= MAX_FIRST_PERSON_PER_K) {
      points -= COUNTER_POINTS;
      reasons.push(reason('firstPerson', shape.firstPersonPerK.toFixed(1)));
    }
  }
  const isAdvice = n > 0 && points >= ADVICE_POINTS;
  reasons.push(reason('points', points, ADVICE_POINTS));
  const score = Math.max(0, Math.min(1, points / (ADVICE_POINTS * 2)));
  return { isAdvice, score: +score.toFixed(2), reasons };
}

function countAll(text: string, re: RegExp): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** Is the page about work and careers? Career words in the title and body, per length. */
export function careerVerdict(title: string, text: string, lang: PageLang): { career: boolean; reason: string } {
  if (lang !== 'ja' && lang !== 'en') return { career: false, reason: '' };
  const words = (s: string) => (lang === 'ja' ? countAll(s, JA.career) : countAll(s, EN.career) + countAll(s, EN_DETECT.careerMore));
  const inTitle = words(title);
  const inText = words(text);
  const hits = inTitle * TITLE_CAREER_WEIGHT + inText;
  const length = Math.max(1, text.length);
  const perK = (hits * 1000) / length;
  const career = hits >= MIN_CAREER_HITS && perK >= MIN_CAREER_PER_K[lang] && (inText * 1000) / length >= MIN_TEXT_CAREER_PER_K;
  return { career, reason: reason('career', inTitle, inText, perK.toFixed(1)) };
}
