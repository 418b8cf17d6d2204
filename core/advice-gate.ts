import type { PageLang } from './types';
import { EN } from './rules-en';
import { JA } from './rules-ja';
import { MAX_GATE_CHARS } from './limits';

/** Fewer advice markers than this in the main text: not an advice article (news, product, login pages). */
const MIN_GATE_MARKERS = { ja: 2, en: 4 } as const;
/** With an advice title, one advice phrase is enough to look closer (terse plain-form tip pages). */
const MIN_MARKERS_WITH_TITLE = 1;
/** Without an advice title, the main text needs this many markers per 1,000 characters. */
const MIN_GATE_MARKERS_PER_K = { ja: 1.0, en: 0.8 } as const;

export interface GateResult {
  pass: boolean;
  titleSaysAdvice: boolean;
  markers: number;
  reasons: string[];
}

/** Advice markers in a text (capped), e.g. ましょう / "you should". */
export function countMarkers(text: string, lang: PageLang): number {
  const re = lang === 'ja' ? JA.adviceMarker : EN.adviceMarker;
  re.lastIndex = 0;
  return text.slice(0, MAX_GATE_CHARS).match(re)?.length ?? 0;
}

/**
 * The cheap first look: does the title promise advice, and does the main text talk to the reader
 * the way advice does? One regex count over text already in hand; no DOM walk.
 */
export function adviceGate(headline: () => string, text: string, lang: PageLang): GateResult {
  if (lang !== 'ja' && lang !== 'en') return { pass: false, titleSaysAdvice: false, markers: 0, reasons: ['not Japanese or English'] };
  const markers = countMarkers(text, lang);
  if (markers < MIN_MARKERS_WITH_TITLE) return { pass: false, titleSaysAdvice: false, markers, reasons: ['no advice phrases in the main text'] };
  const title = headline();
  const titleRe = lang === 'ja' ? JA.adviceTitle : EN.adviceTitle;
  const titleSaysAdvice = titleRe.test(title) || (lang === 'ja' && JA.directiveTitle.test(title));
  const perK = (markers * 1000) / Math.max(1, Math.min(text.length, MAX_GATE_CHARS));
  const reasons: string[] = [];
  if (titleSaysAdvice) reasons.push(`the title or headline reads like advice ("${title.slice(0, 60)}")`);
  reasons.push(`${markers} advice phrases in the main text`);
  const pass = titleSaysAdvice ? markers >= MIN_MARKERS_WITH_TITLE : markers >= MIN_GATE_MARKERS[lang] && perK >= MIN_GATE_MARKERS_PER_K[lang];
  return { pass, titleSaysAdvice, markers, reasons };
}
