import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PAGE_COLUMNS, verdict } from './report-text';
import type { BenchResult } from './result';
import { TARGETS, type TargetName } from './targets';

/** BENCHMARKS.md keeps the last run between these markers; `--write-md` rewrites only that part. */
export const MD_START = '<!-- bench:last-run:start -->';
export const MD_END = '<!-- bench:last-run:end -->';

const cell = (v: unknown): string => (v === null || v === undefined ? '–' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

function mdTable(header: string[], rows: unknown[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function figures(group: Record<string, unknown>): unknown[][] {
  return Object.entries(group)
    .filter(([, v]) => typeof v !== 'object' || v === null)
    .map(([k, v]) => [`\`${k}\``, v]);
}

/** The last run as Markdown: machine, targets, aggregates, per-page table. */
export function formatMarkdown(result: BenchResult): string {
  const m = result.machine;
  const goals = (Object.keys(TARGETS) as TargetName[]).map((name) => {
    const t = result.targets[name]!;
    const reference = t.reference ? `${cell(t.reference_value)} (\`${t.reference}\`): ${cell(t.vs_reference)}×` : '';
    return [`\`${name}\``, t.value, `≤ ${TARGETS[name].max} ${TARGETS[name].unit}`, verdict(name, result), reference];
  });
  const searches = Array.isArray(result.db.search_by_query) ? result.db.search_by_query : [];
  return [
    `Run at ${result.ran_at} on ${m.nproc} × ${m.cpu}, Node ${m.node}, ${m.chromium ?? 'no Chromium'}, ${m.os};`,
    `1-minute load average ${m.loadavg_start} at the start, ${m.loadavg_end ?? '?'} at the end.`,
    '',
    mdTable(['target', 'value', 'target', 'verdict', 'same-run reference: value ÷ it'], goals),
    '',
    mdTable(['node (linkedom)', 'value'], figures(result.node)),
    '',
    mdTable(['sizes', 'value'], figures(result.sizes)),
    '',
    mdTable(['browser (Chromium)', 'value'], figures(result.browser)),
    '',
    mdTable(['db (real IndexedDB)', 'value'], [
      ...figures(result.db),
      ...searches.map((q) => [`search “${q.query}”`, `${q.ms} ms, ${q.hits} hits`]),
    ]),
    '',
    mdTable(PAGE_COLUMNS.map(([h]) => h), result.pages.map((p) => PAGE_COLUMNS.map(([, key]) => p[key]))),
    ...(result.errors.length ? ['', 'Errors:', ...result.errors.map((e) => `- ${e}`)] : []),
  ].join('\n');
}

/** Replaces the last-run section of `file` (between the markers) with this run. */
export function writeLastRun(file: string, result: BenchResult): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `${MD_START}\n${MD_END}\n`;
  const start = text.indexOf(MD_START);
  const end = text.indexOf(MD_END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${MD_START} … ${MD_END} section`);
  writeFileSync(file, `${text.slice(0, start + MD_START.length)}\n${formatMarkdown(result)}\n${text.slice(end)}`);
}
