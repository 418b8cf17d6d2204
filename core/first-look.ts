import { adviceGate, type GateResult } from './advice-gate';
import { type Budget, createBudget } from './budget';
import { isCrowdedRoot } from './crowded-root';
import { DEFAULT_BUDGET_MS } from './limits';
import { findMainRoot, type MainRoot } from './main-root';
import { type HeadMeta, readHead } from './page-meta';
import { pageLang } from './page-lang';
import type { PageLang } from './types';
import { reason } from './reason';

/** Characters of the sample (after the title) that decide the language. */
const LANG_SAMPLE_CHARS = 2_000;

/** What the cheap first look saw: enough to decide whether the full analysis is worth running. */
export interface PageLook {
  head: HeadMeta;
  main: MainRoot | null;
  lang: PageLang;
  gate: GateResult;
}

const NO_GATE: GateResult = { pass: false, titleSaysAdvice: false, markers: 0, reasons: [reason('noBody')] };

/**
 * The first look at a page: its head, one bounded walk to the article container and its first
 * GATE_SAMPLE_CHARS of text, the language, and the advice gate. Most pages stop here.
 */
export function lookAtPage(doc: Document, budget: Budget): PageLook {
  const head = readHead(doc);
  const main = findMainRoot(doc, budget);
  if (!main) return { head, main, lang: 'other', gate: NO_GATE };
  const lang = pageLang(doc, `${head.title} ${main.text.slice(0, LANG_SAMPLE_CHARS)}`);
  // Many sites title every page with the site name: the article's own h1/h2 carry its headline.
  const gate = adviceGate(() => `${head.title} ${main.headline()}`, main.text, lang, head.howTo);
  return { head, main, lang, gate };
}

export interface FirstLook {
  /** Worth the full analysis: the gate passed within the budget. */
  pass: boolean;
  /** A cap (time or nodes) cut the look short: "no" then means "could not tell". */
  truncated: boolean;
  lang: PageLang;
  ms: number;
}

const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The content script's question on every page, at a fraction of the full analysis' code and
 * time: could this be an advice article? Never throws; on any error, no.
 */
export function firstLook(doc: Document, options: { budgetMs?: number; now?: () => number } = {}): FirstLook {
  const now = options.now ?? defaultNow;
  const start = now();
  try {
    const budget = createBudget(now, options.budgetMs ?? DEFAULT_BUDGET_MS);
    const look = lookAtPage(doc, budget);
    // Structural check (core/crowded-root.ts): thousands of list items are a feed, not an article.
    if (look.gate.pass && look.main && isCrowdedRoot(look.main.root)) budget.giveUp();
    return { pass: look.gate.pass && !budget.exhausted, truncated: budget.exhausted, lang: look.lang, ms: now() - start };
  } catch {
    return { pass: false, truncated: true, lang: 'other', ms: now() - start };
  }
}
