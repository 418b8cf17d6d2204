import type { ActionItem, AnalyzeOptions, PageAnalysis, PageLang } from './types';
import { adviceGate } from './advice-gate';
import { createBudget } from './budget';
import { collectBlocks } from './collect-blocks';
import { dedupe } from './dedupe';
import { extractCandidates, type Candidate } from './extract-items';
import { DEFAULT_BUDGET_MS, MAX_GATE_CHARS, MAX_ITEMS } from './limits';
import { findMainRoot } from './main-root';
import { canonicalUrl, pageTitle } from './page-meta';
import { pageLang } from './page-lang';
import { selectItems } from './select-items';
import { adviceVerdict, careerVerdict } from './verdict';

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

function headingText(scope: ParentNode, tag: string): string {
  return (scope.querySelector(tag)?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

function toActionItem({ rule: _rule, ...item }: Candidate): ActionItem {
  return item;
}

function analyze(doc: Document, url: string, options: AnalyzeOptions, now: () => number, start: number): PageAnalysis {
  const budget = createBudget(now, options.budgetMs ?? DEFAULT_BUDGET_MS);
  const title = pageTitle(doc);
  const base = { title, canonicalUrl: canonicalUrl(doc, url) };
  const main = findMainRoot(doc);
  if (!main) return result({ ...base, reasons: ['no document body'] }, now() - start);
  // One textContent read of the main region feeds language, the gate and the career check.
  const text = main.text.slice(0, MAX_GATE_CHARS);
  const lang: PageLang = pageLang(doc, `${title} ${text.slice(0, 2000)}`);
  // Many sites title every page with the site name: the article's own h1/h2 carry its headline.
  // Read only when the text has an advice phrase at all (most pages stop before this).
  const headline = () => `${title} ${headingText(main.root, 'h1') || headingText(doc, 'h1')} ${headingText(main.root, 'h2')}`;
  const gate = adviceGate(headline, text, lang);
  if (!gate.pass || budget.exhausted) {
    return result({ ...base, lang, reasons: ['not advice: ' + gate.reasons.join('; ')], truncated: budget.exhausted }, now() - start);
  }
  const walk = collectBlocks(main.root, budget, text.length);
  const items = dedupe(selectItems(extractCandidates(walk.blocks, lang), lang)).slice(0, MAX_ITEMS);
  const verdict = adviceVerdict(items, gate.titleSaysAdvice);
  const career = careerVerdict(title, text, lang);
  const reasons = [...gate.reasons, ...verdict.reasons, `main content found via ${main.via}`];
  if (career.reason) reasons.push(career.reason);
  const wanted = verdict.isAdvice && (options.scope === 'all' || career.career);
  return result(
    {
      ...base,
      lang,
      isAdvice: verdict.isAdvice,
      career: verdict.isAdvice && career.career,
      score: verdict.score,
      reasons,
      items: wanted ? items.map(toActionItem) : [],
      truncated: walk.truncated || budget.exhausted,
    },
    now() - start,
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
    return analyze(doc, url, options, now, start);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return result({ reasons: [`analysis stopped: ${message.slice(0, 200)}`], truncated: true }, now() - start);
  }
}
