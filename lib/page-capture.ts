import type { PageAnalysis } from '../core/types';
import type { CaptureVia } from '../db/database';
import type { PageCapture } from './protocol';
import { CAPTURE_LIMITS } from './validate-capture';

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function clipOptional(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : clip(text, max);
}

/** Turns an analysis into the capture message, clipped to the limits the background enforces. */
export function toPageCapture(analysis: PageAnalysis, url: string, via: CaptureVia): PageCapture {
  const canonical = /^https?:\/\//i.test(analysis.canonicalUrl) ? analysis.canonicalUrl : url;
  return {
    url: clip(url, CAPTURE_LIMITS.urlChars),
    canonicalUrl: clip(canonical, CAPTURE_LIMITS.urlChars),
    title: clip(analysis.title, CAPTURE_LIMITS.titleChars),
    lang: analysis.lang,
    isAdvice: analysis.isAdvice,
    career: analysis.career,
    reasons: analysis.reasons.slice(0, CAPTURE_LIMITS.reasons).map((r) => clip(r, CAPTURE_LIMITS.reasonChars)),
    analysisMs: Math.max(0, analysis.ms),
    via,
    items: analysis.items.slice(0, CAPTURE_LIMITS.items).map((item) => ({
      text: clip(item.text, CAPTURE_LIMITS.textChars),
      detail: clipOptional(item.detail, CAPTURE_LIMITS.detailChars),
      section: clipOptional(item.section, CAPTURE_LIMITS.sectionChars),
      quote: clip(item.quote, CAPTURE_LIMITS.quoteChars),
      position: item.position,
    })),
  };
}
