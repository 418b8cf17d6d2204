/** What `analyzePage` is asked to do. */
export interface AnalyzeOptions {
  /** 'career' (default): `isAdvice` and `career` must both hold for auto-capture; 'all': any advice. */
  scope?: 'career' | 'all';
  /** Give up (partial result, `truncated: true`) after this many milliseconds. */
  budgetMs?: number;
  /** Clock, injectable for tests. Defaults to `performance.now`. */
  now?: () => number;
  /**
   * Extract items even when the page is not judged advice — the user asked ("Capture this page").
   * `isAdvice` still reports the detector's verdict; items come from the main content.
   */
  force?: boolean;
}

/** One thing the article tells the reader to do. */
export interface ActionItem {
  /** The short to-do, e.g. 「自身の強みと弱みを分析する」 or "Update your resume". */
  text: string;
  /** The rest of a `label:description` item, or the longer sentence the to-do came from. */
  detail?: string;
  /** The heading the item sat under. */
  section?: string;
  /** 0-based order of the item in the article. */
  position: number;
  kind: 'list' | 'heading' | 'sentence';
  /** The exact source sentence, for reopening the page at it (`#:~:text=`). */
  quote: string;
}

export type PageLang = 'ja' | 'en' | 'other';

/** Plain data out of `analyzePage`: no DOM nodes, safe to post in a message. */
export interface PageAnalysis {
  isAdvice: boolean;
  career: boolean;
  /** Detector confidence, 0..1. */
  score: number;
  /**
   * Why the verdict, for a "why was this captured?" view: coded strings ("@items:6:list",
   * core/reason.ts) that the interface renders in the reader's language (lib/reason-text.ts).
   */
  reasons: string[];
  lang: PageLang;
  title: string;
  canonicalUrl: string;
  items: ActionItem[];
  /** Wall time spent, milliseconds. */
  ms: number;
  /** True when a cap (time, nodes, text) cut the analysis short. */
  truncated: boolean;
}
