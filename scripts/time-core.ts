// node --import tsx scripts/time-core.ts [DIR] [--slow] — times analyzePage against Readability's
// isProbablyReaderable (non-advice pages) and Readability.parse (advice pages) in Node + linkedom,
// over a labelled corpus folder (default ../shared/corpus/dev). Prints per-page figures with
// --slow and the medians, ratios and p99 the speed targets are stated in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { analyzePage } from '../core/analyze-page';
import { parsePage } from './load-page';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/dev');
/** Runs per page and function; analyzePage and the reference alternate, so load spikes hit both. */
const RUNS = 31;

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function time(prepare: () => Document, fn: (d: Document) => void, runs = RUNS): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const d = prepare();
    const s = performance.now();
    fn(d);
    t.push(performance.now() - s);
  }
  return medianOf(t);
}

const pages = readdirSync(dir)
  .filter((n) => existsSync(join(dir, n, 'source.html')) && existsSync(join(dir, n, 'gold.json')))
  .sort()
  .map((slug) => ({
    slug,
    html: readFileSync(join(dir, slug, 'source.html'), 'utf8'),
    advice: (JSON.parse(readFileSync(join(dir, slug, 'gold.json'), 'utf8')) as { is_advice: boolean }).is_advice,
  }));
// Warm up so the JIT has compiled everything.
for (const p of pages) {
  const d = parsePage(p.html);
  isProbablyReaderable(d);
  analyzePage(d, `http://127.0.0.1/dev/${p.slug}.html`);
}
const nonAdvice: number[] = [];
const advice: number[] = [];
const all: number[] = [];
for (const p of pages) {
  const url = `http://127.0.0.1/dev/${p.slug}.html`;
  const doc = parsePage(p.html);
  const ta: number[] = [];
  const tr: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let s = performance.now();
    analyzePage(doc, url, { scope: 'career' });
    ta.push(performance.now() - s);
    s = performance.now();
    if (!p.advice) isProbablyReaderable(doc);
    tr.push(performance.now() - s);
  }
  const a = medianOf(ta);
  all.push(a);
  let line = `${p.slug.padEnd(40)} ${p.advice ? 'advice' : 'other '} analyze ${a.toFixed(2)}`;
  if (p.advice) {
    const r = time(() => parsePage(p.html), (d) => void new Readability(d).parse(), 5);
    advice.push(a / r);
    line += ` parse ${r.toFixed(2)} ratio ${(a / r).toFixed(2)}`;
  } else {
    const r = medianOf(tr);
    nonAdvice.push(a / r);
    line += ` readerable ${r.toFixed(2)} ratio ${(a / r).toFixed(2)}`;
  }
  if (args.includes('--slow')) console.log(line);
}
const sorted = [...all].sort((x, y) => x - y);
console.log(
  `non-advice analyze/isProbablyReaderable median ${medianOf(nonAdvice).toFixed(2)}; advice analyze/parse median ${medianOf(advice).toFixed(2)}; ` +
    `analyze median ${medianOf(all).toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms, p99 ${sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!.toFixed(2)} ms`,
);
