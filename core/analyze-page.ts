import type { ActionItem, AnalyzeOptions, PageAnalysis } from './types';
import { type Budget, createBudget } from './budget';
import { collectBlocks } from './collect-blocks';
import { dedupe } from './dedupe';
import { extractCandidates, type Candidate } from './extract-items';
import { lookAtPage } from './first-look';
import { DEFAULT_BUDGET_MS, GATE_SAMPLE_CHARS, MAX_GATE_CHARS, MAX_ITEMS } from './limits';
import { resolveCanonical } from './page-meta';
import { selectItems } from './select-items';
import { reason } from './reason';
import { sampleText } from './text-sample';
import { adviceVerdict, careerVerdict, pageShape } from './verdict';

const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function result(base: Partial<PageAnalysis>, ms: number): PageAnalysis {
  return {
    isAdvice: false,
    career: false,
    score: 0,
    reasons: [],
    lang: 'other',
    title: '',
    canonicalUrl: '',
    items: [],
    truncated: false,
    ...base,
    ms: +ms.toFixed(2),
  };
}

/** Characters a reader cannot see or that reorder what they see (controls, bidi overrides, zero-width). */
const INVISIBLE = /[\p{Cc}\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** Page text made safe to show and export: no invisible or reordering characters, well-formed. */
function clean(text: string): string {
  return text.replace(INVISIBLE, '').toWellFormed().trim();
}

function toActionItem({ rule: _rule, text, detail, section, quote, ...item }: Candidate): ActionItem {
  return {
    ...item,
    text: clean(text),
    quote: clean(quote),
    ...(detail === undefined ? {} : { detail: clean(detail) }),
    ...(section === undefined ? {} : { section: clean(section) }),
  };
}

/**
 * The analysis as steps: it yields where a caller may hand the thread back to the page (after the
 * first look, after the walks), so no step is longer than one walk or the rules. `spent` is the
 * working time so far.
 */
function* analyze(doc: Document, url: string, options: AnalyzeOptions, budget: Budget, spent: () => number): Generator<void, PageAnalysis, void> {
  // One bounded walk finds the article container and its headline; the gate reads only the
  // first GATE_SAMPLE_CHARS of its text, so most pages stop here having read little.
  const { head, main, lang, gate } = lookAtPage(doc, budget);
  const title = head.title;
  const base = { title, canonicalUrl: resolveCanonical(head.canonicalHref, url) };
  if (!main) return result({ ...base, reasons: gate.reasons }, spent());
  const extract = gate.pass || (options.force === true && (lang === 'ja' || lang === 'en'));
  if (!extract || budget.exhausted) {
    return result({ ...base, lang, reasons: [reason('notAdvice'), ...gate.reasons], truncated: budget.exhausted }, spent());
  }
  yield;
  // Past the gate: the whole main text (bounded) for the career check and the chrome override.
  const text = main.text.length >= GATE_SAMPLE_CHARS ? sampleText(main.root, MAX_GATE_CHARS, budget) : main.text;
  yield;
  const walk = collectBlocks(main.root, budget, text.length);
  yield;
  const items = dedupe(selectItems(extractCandidates(walk.blocks, lang), lang)).slice(0, MAX_ITEMS);
  const verdict = gate.pass ? adviceVerdict(items, gate.titleSaysAdvice, pageShape(walk.blocks, lang), (gate.markers * 1000) / Math.max(1, main.text.length), lang) : { isAdvice: false, score: 0, reasons: [reason('firstLookNo')] };
  const career = careerVerdict(title, text, lang);
  const reasons = [...gate.reasons, ...verdict.reasons, reason('main', main.via)];
  if (career.reason) reasons.push(career.reason);
  if (!gate.pass) reasons.push(reason('onRequest'));
  const wanted = options.force === true || (verdict.isAdvice && (options.scope === 'all' || career.career));
  return result(
    {
      ...base,
      lang,
      isAdvice: verdict.isAdvice,
      career: verdict.isAdvice && career.career,
      score: verdict.score,
      reasons,
      items: wanted ? items.map(toActionItem).filter((item) => item.text) : [],
      truncated: walk.truncated || budget.exhausted,
    },
    spent(),
  );
}

/**
 * Is this page an advice article, is it about work, and what does it tell the reader to do?
 * Reads the document only (never mutates it), stays within `budgetMs`, and never throws:
 * on any error the answer is "not advice", marked `truncated`.
 */
export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): PageAnalysis {
  const now = options.now ?? defaultNow;
  const start = now();
  try {
    const steps = analyze(doc, url, options, createBudget(now, options.budgetMs ?? DEFAULT_BUDGET_MS), () => now() - start);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return result({ reasons: [reason('stopped', message.slice(0, 180))], truncated: true }, now() - start);
  }
}

/**
 * `analyzePage` for a content script sharing the page's thread: the same steps, with `pause()`
 * awaited between them (the page runs its own tasks there). `options.budgetMs` bounds the working
 * time, `sliceMs` each step; a step out of time ends the analysis, marked `truncated`. `ms` is the
 * working time, the pauses left out. Never throws.
 */
export async function analyzePageInSlices(doc: Document, url: string, options: AnalyzeOptions, sliceMs: number, pause: () => Promise<void>): Promise<PageAnalysis> {
  const now = options.now ?? defaultNow;
  const budget = createBudget(now, options.budgetMs ?? DEFAULT_BUDGET_MS, undefined, sliceMs);
  try {
    const steps = analyze(doc, url, options, budget, budget.elapsed);
    let step = steps.next();
    while (!step.done) {
      budget.pause();
      await pause();
      budget.resume();
      step = steps.next();
    }
    return step.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return result({ reasons: [reason('stopped', message.slice(0, 180))], truncated: true }, budget.elapsed());
  }
}
