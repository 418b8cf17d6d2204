// npm run bench [-- --json] [-- --write-md] [-- --no-browser] [-- --no-build] [-- --out-dir .output-bench] [-- --only=popup]
// Times analyzePage against Readability's gate and parser on every corpus page (Node, linkedom),
// the content script and popup in headless Chromium, db/ on real IndexedDB, and the bundle sizes.
// --json prints one JSON object and nothing else; otherwise progress goes to stderr, the report to stdout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_OUT_DIR, buildChrome, chromeBuildDir, type BuildMode } from './bench/build';
import { timeInChromium, type BrowserFigures } from './bench/browser-suite';
import { CHROMIUM } from './bench/chromium';
import { loadCorpus } from './bench/corpus';
import { describeMachine, endLoad } from './bench/machine';
import { writeLastRun } from './bench/markdown';
import { timeNode } from './bench/node-timing';
import { formatText } from './bench/report-text';
import { toResult, type Measured } from './bench/result';
import { buildSizes } from './bench/sizes';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const outDir = args.find((a) => a.startsWith('--out-dir='))?.slice('--out-dir='.length) ?? BENCH_OUT_DIR;
const json = flag('--json');
/** --only=popup: sizes and the popup's first render alone (no Node timing, content script or db). */
const popupOnly = args.includes('--only=popup');
const progress = (line: string) => {
  if (!json || flag('--verbose')) process.stderr.write(`${line}\n`);
};

/** Builds into the bench's own folder, or with --no-build reuses what is there. */
async function obtainBuild(mode: BuildMode, errors: string[]): Promise<string | undefined> {
  const dir = chromeBuildDir(ROOT, outDir, mode);
  if (flag('--no-build')) {
    if (existsSync(join(dir, 'manifest.json'))) return dir;
    errors.push(`--no-build: no ${mode} build in ${dir}`);
    return undefined;
  }
  progress(`building the ${mode} Chrome extension into ${outDir}…`);
  return buildChrome(ROOT, outDir, mode).catch((error: unknown) => {
    errors.push(String(error).split('\n').slice(0, 3).join(' '));
    return undefined;
  });
}

async function main(): Promise<void> {
  const errors: string[] = [];
  const machine = await describeMachine(CHROMIUM);
  const pages = loadCorpus();
  if (pages.length === 0) errors.push('no corpus pages found (set ACTIONABLE_CORPUS_ROOT)');

  const phases: Record<string, number> = {};
  const clock = (name: string, since: number) => (phases[name] = (Date.now() - since) / 1000);
  let since = Date.now();
  const production = await obtainBuild('production', errors);
  const e2e = flag('--no-browser') ? undefined : await obtainBuild('e2e', errors);
  clock('build', since);
  const measured: Measured = { machine, node: [], errors, phases };
  if (production) measured.sizes = buildSizes(production);

  // Node first, alone: the browser would otherwise compete for the two cores.
  since = Date.now();
  measured.node = popupOnly ? [] : timeNode(pages, progress);
  clock('node', since);

  let browser: BrowserFigures = {};
  if (e2e) browser = await timeInChromium(e2e, pages, measured.node, progress, errors, phases, popupOnly).catch((e: unknown) => {
    errors.push(`chromium: ${String(e).split('\n')[0]}`);
    return {};
  });
  measured.browser = browser.pages;
  measured.db = browser.db;
  measured.popup = browser.popup;
  endLoad(machine);

  const result = toResult(measured);
  if (flag('--write-md')) writeLastRun(`${ROOT}BENCHMARKS.md`, result);
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${formatText(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
