import type { BenchResult } from './result';
import { TARGETS, type TargetName } from './targets';

type Cell = string | number | boolean | null | undefined;

const show = (v: Cell): string => (v === null || v === undefined ? '–' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

/** Columns of the per-page table: header, and the row field it shows. */
export const PAGE_COLUMNS: [string, string][] = [
  ['page', 'page'],
  ['kB', 'kb'],
  ['advice', 'advice'],
  ['parse ms', 'parse_ms'],
  ['readerable ms', 'readerable_ms'],
  ['Readability ms', 'readability_ms'],
  ['analyzePage ms', 'analyze_ms'],
  ['capped', 'truncated'],
  ['Chromium ms', 'chromium_ms'],
  ['injected ms', 'injected_cold_ms'],
];

function table(header: string[], rows: Cell[][]): string {
  const cells = [header, ...rows.map((row) => row.map(show))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}

/** "met", or "MISSED by 3.2 ms", or "not measured". */
export function verdict(name: TargetName, result: BenchResult): string {
  const t = result.targets[name]!;
  if (t.met === null) return 'not measured';
  return t.met ? 'met' : `MISSED by ${t.over_by} ${TARGETS[name].unit} (${((t.value! / t.max) * 100).toFixed(0)}% of target)`;
}

function section(title: string, values: Record<string, unknown>): string {
  const lines = Object.entries(values)
    .filter(([, v]) => typeof v !== 'object' || v === null)
    .map(([k, v]) => `  ${k.padEnd(36)} ${show(v as Cell)}`);
  return [`${title}:`, ...lines].join('\n');
}

/** The human report: per-page table, aggregates, then each target met or missed. */
export function formatText(result: BenchResult): string {
  const m = result.machine;
  const pages = table(
    PAGE_COLUMNS.map(([h]) => h),
    result.pages.map((p) => PAGE_COLUMNS.map(([, key]) => p[key])),
  );
  const searches = (Array.isArray(result.db.search_by_query) ? result.db.search_by_query : [])
    .map((q) => `  search ${JSON.stringify(q.query).padEnd(29)} ${q.ms} ms (${q.hits} hits)`);
  const goals = (Object.keys(TARGETS) as TargetName[]).map((name) => {
    const t = result.targets[name]!;
    const reference = t.reference ? `  (${show(t.vs_reference)}× ${t.reference} ${show(t.reference_value)})` : '';
    return `  ${name.padEnd(36)} ${show(t.value).padStart(8)}  ≤ ${TARGETS[name].max} ${TARGETS[name].unit}  ${verdict(name, result)}${reference}`;
  });
  return [
    `Actionable bench — ${result.ran_at}`,
    `machine: ${m.nproc} × ${m.cpu}, Node ${m.node}, ${m.chromium ?? 'no Chromium'}, load ${m.loadavg_start} → ${m.loadavg_end ?? '?'}`,
    '',
    pages,
    '',
    section('node (linkedom, medians of repeated runs)', result.node),
    section('sizes (production build, gzip)', result.sizes),
    section('browser (headless Chromium, e2e build)', result.browser),
    [section('db (real IndexedDB)', result.db), ...searches].join('\n'),
    '',
    'targets:',
    ...goals,
    ...(result.errors.length ? ['', 'errors:', ...result.errors.map((e) => `  ${e}`)] : []),
  ].join('\n');
}
