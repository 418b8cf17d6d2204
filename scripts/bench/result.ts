import type { BrowserPageTiming } from './browser-analysis';
import type { DbTimings } from './db-timing';
import type { Machine } from './machine';
import type { NodePageTiming } from './node-timing';
import type { PopupRender } from './popup-render';
import type { BundleSize } from './sizes';
import { median, quantile, round } from './stats';
import { REFERENCES, TARGETS, type TargetName } from './targets';

/** What one `npm run bench` measured; the shape `--json` prints. null: not measured (see `errors`). */
export interface BenchResult {
  ran_at: string;
  machine: Machine;
  node: Record<string, number | null>;
  sizes: Record<string, number | string | null>;
  browser: Record<string, number | string | null>;
  db: Record<string, number | string | null | { query: string; ms: number; hits: number }[]>;
  targets: Record<string, TargetResult>;
  pages: Record<string, string | number | boolean | null>[];
  errors: string[];
  /** Wall-clock seconds each part of the run took. */
  phases_s: Record<string, number>;
}

export interface TargetResult {
  value: number | null;
  max: number;
  unit: string;
  met: boolean | null;
  over_by: number | null;
  /** The same-run reference's field and value (targets.ts REFERENCES), and value ÷ reference. */
  reference?: string;
  reference_value?: number | null;
  vs_reference?: number | null;
}

export interface Measured {
  machine: Machine;
  node: NodePageTiming[];
  sizes?: { contentScript: BundleSize; extractor: BundleSize; popup: BundleSize };
  browser?: BrowserPageTiming[];
  popup?: PopupRender;
  db?: DbTimings;
  errors: string[];
  phases: Record<string, number>;
}

const r = (value: number | undefined): number | null => (value === undefined || !Number.isFinite(value) ? null : round(value));

function nodeSummary(pages: NodePageTiming[]): BenchResult['node'] {
  const advice = pages.filter((p) => p.advice);
  const other = pages.filter((p) => !p.advice);
  const analyze = pages.map((p) => p.analyzeMs);
  return {
    pages: pages.length,
    advice_pages: advice.length,
    nonadvice_pages: other.length,
    holdout_advice_by_verdict: pages.filter((p) => p.set === 'holdout' && p.advice).length,
    nonadvice_ratio_vs_readerable: r(median(other.map((p) => p.analyzeMs / p.readerableMs))),
    advice_ratio_vs_parse: r(median(advice.map((p) => p.analyzeMs / p.readabilityMs))),
    p99_ms: r(quantile(analyze, 0.99)),
    p95_ms: r(quantile(analyze, 0.95)),
    median_ms: r(median(analyze)),
    max_ms: r(Math.max(...analyze)),
    nonadvice_median_ms: r(median(other.map((p) => p.analyzeMs))),
    advice_median_ms: r(median(advice.map((p) => p.analyzeMs))),
    readerable_median_ms: r(median(pages.map((p) => p.readerableMs))),
    readability_parse_median_ms: r(median(pages.map((p) => p.readabilityMs))),
    html_parse_median_ms: r(median(pages.map((p) => p.parseMs))),
    truncated_pages: pages.filter((p) => p.truncated).length,
  };
}

function browserSummary(pages: BrowserPageTiming[] | undefined, popup: PopupRender | undefined): BenchResult['browser'] {
  const own = (pages ?? []).filter((p) => p.contentScriptMs !== undefined);
  const ownMs = own.map((p) => p.contentScriptMs!);
  const cold = (pages ?? []).flatMap((p) => (p.injectedColdMs === undefined ? [] : [p.injectedColdMs]));
  const warm = (pages ?? []).flatMap((p) => (p.injectedWarmMs === undefined ? [] : [p.injectedWarmMs]));
  const sources = new Set(own.map((p) => p.source));
  return {
    chromium_analysis_median_ms: r(median(ownMs)),
    chromium_analysis_p95_ms: r(quantile(ownMs, 0.95)),
    chromium_analysis_pages: own.length,
    chromium_analysis_source: sources.has('measure')
      ? 'content script performance.measure, every page'
      : 'content script analysisMs read back from IndexedDB: stored (advice) pages only',
    chromium_injected_cold_median_ms: r(median(cold)),
    chromium_injected_cold_p95_ms: r(quantile(cold, 0.95)),
    chromium_injected_warm_median_ms: r(median(warm)),
    chromium_injected_pages: cold.length,
    popup_first_render_ms_5000: r(popup?.firstRenderMs),
    popup_first_paint_ms_5000: r(popup?.firstPaintMs),
    popup_live_ms_5000: r(popup?.liveMs),
    popup_changed_first_render_ms_5000: r(popup?.changedFirstRenderMs),
    popup_floor_ms: r(popup?.floorMs),
    popup_dom_ready_ms_5000: r(popup?.domReadyMs),
    popup_list_query_ms_5000: r(popup?.listQueryMs),
    popup_todos_seeded: popup?.todos ?? null,
  };
}

type Summary = Omit<BenchResult, 'targets'>;

/** A summary field by its dotted name ("db.capture_ms_50"), if it is a number. */
function field(result: Summary, name: string): number | null {
  const [group, key] = name.split('.') as ['node' | 'sizes' | 'browser' | 'db', string];
  const raw = result[group][key];
  return typeof raw === 'number' ? raw : null;
}

/** The target's same-run reference, when it has one: its field, value, and the ratio to it. */
function referenceOf(name: TargetName, value: number | null, result: Summary): Partial<TargetResult> {
  const reference = (REFERENCES as Partial<Record<TargetName, { field: string }>>)[name];
  if (!reference) return {};
  const base = field(result, reference.field);
  return {
    reference: reference.field,
    reference_value: base,
    vs_reference: value === null || base === null || base <= 0 ? null : Math.round((value / base) * 100) / 100,
  };
}

function targets(result: Summary): BenchResult['targets'] {
  const out: BenchResult['targets'] = {};
  for (const [name, target] of Object.entries(TARGETS) as [TargetName, (typeof TARGETS)[TargetName]][]) {
    const value = field(result, name);
    out[name] = {
      value,
      max: target.max,
      unit: target.unit,
      met: value === null ? null : value <= target.max,
      over_by: value === null || value <= target.max ? null : r(value - target.max),
      ...referenceOf(name, value, result),
    };
  }
  return out;
}

function pageRows(m: Measured): BenchResult['pages'] {
  const inBrowser = new Map((m.browser ?? []).map((b) => [`${b.set}/${b.slug}`, b]));
  return m.node.map((p) => {
    const b = inBrowser.get(`${p.set}/${p.slug}`);
    return {
      page: `${p.set}/${p.slug}`,
      kb: p.kb,
      // Holdout verdicts are counted, never listed.
      advice: p.set === 'dev' ? p.advice : null,
      parse_ms: r(p.parseMs),
      readerable_ms: r(p.readerableMs),
      readability_ms: r(p.readabilityMs),
      analyze_ms: r(p.analyzeMs),
      truncated: p.truncated,
      chromium_ms: r(b?.contentScriptMs),
      injected_cold_ms: r(b?.injectedColdMs),
    };
  });
}

export function toResult(m: Measured): BenchResult {
  const base = {
    ran_at: new Date().toISOString(),
    machine: m.machine,
    node: nodeSummary(m.node),
    sizes: {
      build: 'production chrome-mv3',
      content_script_gz_kb: m.sizes?.contentScript.gzKb ?? null,
      content_script_bytes: m.sizes?.contentScript.bytes ?? null,
      // Reported, no target: loaded only on pages whose first look says "could be advice".
      extractor_gz_kb: m.sizes?.extractor.gzKb ?? null,
      popup_gz_kb: m.sizes?.popup.gzKb ?? null,
      popup_bytes: m.sizes?.popup.bytes ?? null,
    },
    browser: browserSummary(m.browser, m.popup),
    db: {
      engine: m.db?.engine ?? null,
      capture_ms_50: r(m.db?.captureMs50),
      bare_capture_ms_50: r(m.db?.bareCaptureMs50),
      bulk_insert_ms_10000: r(m.db?.bulkInsertMs10000),
      bare_insert_ms_10000: r(m.db?.bareInsertMs10000),
      search_ms_10000: r(m.db?.searchMs10000),
      search_by_query: (m.db?.searchByQuery ?? []).map((q) => ({ ...q, ms: round(q.ms) })),
    },
    pages: pageRows(m),
    errors: m.errors,
    phases_s: Object.fromEntries(Object.entries(m.phases).map(([k, v]) => [k, round(v)])),
  };
  const { pages, errors, phases_s, ...summary } = base;
  return { ...summary, targets: targets(base), errors, phases_s, pages };
}
