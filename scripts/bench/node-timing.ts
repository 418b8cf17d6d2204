import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { analyzePage } from '../../core/analyze-page';
import { parsePage } from '../load-page';
import { benchUrl, type CorpusPage } from './corpus';
import { MIN_RUNS_SLOW, sample } from './sample';
import { samplePair } from './sample-pair';

/** The verdict that splits holdout pages uses a generous budget, as scripts/predict does. */
const VERDICT_BUDGET_MS = 2_000;

export interface NodePageTiming {
  set: CorpusPage['set'];
  slug: string;
  kb: number;
  /** dev: gold.json; holdout: analyzePage's own verdict. */
  advice: boolean;
  parseMs: number;
  readerableMs: number;
  readabilityMs: number;
  analyzeMs: number;
  /** analyzePage stopped at its shipped time budget or a size cap (its figure is then a bound). */
  truncated: boolean;
  /** analyzePage (scope 'all') would auto-capture it, so the e2e extension stores it. Internal. */
  wouldCapture: boolean;
  runs: number;
}

/** dev: the gold label; holdout: analyzePage's own verdict (labels are never read there). */
function verdictOf(page: CorpusPage): { advice: boolean; wouldCapture: boolean } {
  const analysis = analyzePage(parsePage(page.html), benchUrl(page), { scope: 'all', budgetMs: VERDICT_BUDGET_MS });
  return {
    advice: page.goldAdvice ?? analysis.isAdvice,
    wouldCapture: analysis.isAdvice && analysis.items.length > 0,
  };
}

/** Pages run untimed first, so the JIT has compiled every function before anything is timed. */
const WARM_UP_PAGES = 12;

function warmUp(pages: readonly CorpusPage[]): void {
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    const doc = parsePage(page.html);
    isProbablyReaderable(doc);
    analyzePage(doc, benchUrl(page), { scope: 'career' });
    new Readability(parsePage(page.html)).parse();
  }
}

function timePage(page: CorpusPage): NodePageTiming {
  const url = benchUrl(page);
  const parse = sample(() => page.html, (html) => parsePage(html), MIN_RUNS_SLOW);
  // isProbablyReaderable and analyzePage only read the document: one parse serves every run.
  // They are timed by turns, so load from elsewhere weighs on both sides of their ratio alike.
  const doc = parsePage(page.html);
  let truncatedRuns = 0;
  const { a: readerable, b: analyze } = samplePair(
    doc,
    (d) => isProbablyReaderable(d),
    // The content script's own call: default budget, the default 'career' scope.
    (d) => {
      if (analyzePage(d, url, { scope: 'career' }).truncated) truncatedRuns++;
    },
  );
  // Readability.parse rewrites the document it reads: a fresh one every run, parsed untimed.
  const readability = sample(() => parsePage(page.html), (d) => new Readability(d).parse(), MIN_RUNS_SLOW);
  return {
    set: page.set,
    slug: page.slug,
    kb: Math.round(Buffer.byteLength(page.html) / 100) / 10,
    ...verdictOf(page),
    parseMs: parse.median,
    readerableMs: readerable.median,
    readabilityMs: readability.median,
    analyzeMs: analyze.median,
    // Most runs, not any: on a loaded machine one preempted run can overrun the budget.
    truncated: truncatedRuns * 2 > analyze.runs,
    runs: Math.min(parse.runs, readerable.runs, analyze.runs, readability.runs),
  };
}

/** Times the references and analyzePage on every page, in this one Node process. */
export function timeNode(pages: readonly CorpusPage[], progress: (line: string) => void): NodePageTiming[] {
  warmUp(pages);
  return pages.map((page, i) => {
    const timing = timePage(page);
    progress(`node ${i + 1}/${pages.length} ${page.set}/${page.slug}: analyze ${timing.analyzeMs.toFixed(2)} ms`);
    return timing;
  });
}
