import type { PageLang } from './types';
import { reason } from './reason';
import { EN } from './rules-en';
import { JA, JA_DETECT } from './rules-ja';

/** Fewer advice markers than this in the sampled text: not an advice article (news, product, login pages). */
const MIN_GATE_MARKERS = { ja: 2, en: 4 } as const;
/** With an advice title, one advice phrase is enough to look closer (terse plain-form tip pages). */
const MIN_MARKERS_WITH_TITLE = 1;
/** Without an advice title, the sampled text needs this many markers per 1,000 characters. */
const MIN_GATE_MARKERS_PER_K = { ja: 1.0, en: 0.8 } as const;

export interface GateResult {
  pass: boolean;
  /** The title or headline promises advice, or JSON-LD declares a HowTo. */
  titleSaysAdvice: boolean;
  markers: number;
  /** Coded reasons (core/reason.ts). */
  reasons: string[];
}

/** Advice markers in a text, e.g. ましょう / "you should". */
export function countMarkers(text: string, lang: PageLang): number {
  const re = lang === 'ja' ? JA.adviceMarker : EN.adviceMarker;
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** Does a title or headline read like advice (方法, コツ, 注意喚起 / "how to", "tips")? */
export function titleSaysAdvice(headline: string, lang: PageLang): boolean {
  if (lang === 'ja') return JA.adviceTitle.test(headline) || JA.directiveTitle.test(headline) || JA_DETECT.advisoryTitle.test(headline);
  return lang === 'en' && EN.adviceTitle.test(headline);
}

/**
 * The cheap first look, on text already in hand (the first GATE_SAMPLE_CHARS of the main
 * content): does the page talk to the reader the way advice does, and does its headline promise
 * advice? `headline` is read only when the text has an advice phrase at all.
 */
export function adviceGate(headline: () => string, sample: string, lang: PageLang, howTo = false): GateResult {
  if (lang !== 'ja' && lang !== 'en') return { pass: false, titleSaysAdvice: false, markers: 0, reasons: [reason('notLang')] };
  const markers = countMarkers(sample, lang);
  if (markers < MIN_MARKERS_WITH_TITLE && !howTo) return { pass: false, titleSaysAdvice: false, markers, reasons: [reason('noMarkers')] };
  const title = headline();
  const titled = howTo || titleSaysAdvice(title, lang);
  const perK = (markers * 1000) / Math.max(1, sample.length);
  const reasons: string[] = [];
  if (howTo) reasons.push(reason('howTo'));
  else if (titled) reasons.push(reason('title', title.slice(0, 60)));
  reasons.push(reason('markers', markers, sample.length));
  const pass = titled || (markers >= MIN_GATE_MARKERS[lang] && perK >= MIN_GATE_MARKERS_PER_K[lang]);
  return { pass, titleSaysAdvice: titled, markers, reasons };
}
