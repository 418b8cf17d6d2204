// node --import tsx scripts/bench/db-only.ts [--no-build] [--out-dir=.output-bench-db]
//   [--probe[=ROUNDS] [--idb|--writes]] [--cpu[=ROUNDS]] [--variants[=ROUNDS]]
// The database part of `npm run bench` alone (restore, search, capture on real IndexedDB in headless
// Chromium), in about a minute instead of several: for working on db/ without the corpus runs.
// Probes of where a 10,000-to-do restore goes, instead of the bench's figures:
//   --probe     its phases (parse, merge + write) next to floors: the same rows through a Dexie
//               without sync's hooks and through bare IndexedDB (--idb: bare variants; --writes:
//               bare, Dexie, Dexie + hooks);
//   --cpu       the restore and the same rows by bare IndexedDB, alternately, with the CPU time
//               each cost the browser process (IndexedDB's backend) and the page's renderer;
//   --variants  bare IndexedDB writes of 10,000 to-dos with fewer indexes, smaller values, or all
//               in one value, or the same rows in 10 transactions, with the same CPU split: what a
//               row's write costs, and what does not.
// Prints one JSON object on stdout, with the 1-minute load average at the start and the end.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildChrome, chromeBuildDir } from './build';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { timeDb } from './db-timing';
import { descendantsCpuByKind } from './process-cpu';
import { median } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a === name || a.startsWith(`${name}=`));
const outDir = option('--out-dir')?.split('=')[1] ?? '.output-bench-db';
const probeArg = option('--probe');
/** --idb: bare IndexedDB variants (indexes, value size, durability) instead of the restore's phases. */
const probeWhat = option('--idb') ? 'idb' : option('--writes') ? 'writes' : 'round';
const load = () => Math.round(loadavg()[0]! * 100) / 100;

async function extensionDir(): Promise<string> {
  const dir = chromeBuildDir(ROOT, outDir, 'e2e');
  if (option('--no-build') && existsSync(join(dir, 'manifest.json'))) return dir;
  process.stderr.write(`building the e2e Chrome extension into ${outDir}…\n`);
  return buildChrome(ROOT, outDir, 'e2e');
}

async function probeBundle(): Promise<string> {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./in-page/restore-probe-entry.ts', import.meta.url))],
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent',
  });
  return bundled.outputFiles[0]!.text;
}

async function probe(browser: ExtensionBrowser, rounds: number, what: string): Promise<Record<string, number>> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(await probeBundle());
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < rounds; i++) {
      runs.push(
        await page.evaluate(
          ([w, n]) => (globalThis as unknown as Record<string, Record<string, (n: number) => Promise<Record<string, number>>>>).__actionableRestoreProbe![w]!(n),
          [what, 10_000] as const,
        ),
      );
      process.stderr.write(`probe round ${i + 1}/${rounds}: ${JSON.stringify(runs.at(-1))}\n`);
    }
    return Object.fromEntries(Object.keys(runs[0]!).map((k) => [k, median(runs.map((r) => r[k]!))]));
  } finally {
    await page.close();
  }
}

type Probe = Record<string, (arg?: unknown) => Promise<number>>;

/** Runs `ops` alternately in one page, `rounds` times after a warm-up: wall time, and CPU time by process. */
async function cpuByProcess(browser: ExtensionBrowser, rounds: number, ops: readonly { name: string; fn: string; arg?: unknown }[], prepare = false) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(await probeBundle());
    if (prepare) await page.evaluate((n) => (globalThis as unknown as Record<string, Probe>).__actionableRestoreProbe!.prepare!(n), 10_000);
    const seen: Record<string, { wall: number[]; browser: number[]; renderer: number[] }> = {};
    for (let i = 0; i <= rounds; i++) {
      for (const op of ops) {
        const before = descendantsCpuByKind();
        const ms = await page.evaluate(
          ([fn, arg]) => (globalThis as unknown as Record<string, Probe>).__actionableRestoreProbe![fn]!(arg),
          [op.fn, op.arg] as const,
        );
        const after = descendantsCpuByKind();
        const used = (kind: string) => (after[kind] ?? 0) - (before[kind] ?? 0);
        process.stderr.write(`${op.name}: ${Math.round(ms)} ms wall, cpu ${Math.round(used('browser'))} browser / ${Math.round(used('renderer'))} renderer\n`);
        if (i === 0) continue; // warm-up
        const entry = (seen[op.name] ??= { wall: [], browser: [], renderer: [] });
        entry.wall.push(ms);
        entry.browser.push(used('browser'));
        entry.renderer.push(used('renderer'));
      }
    }
    const med = (xs: number[]) => Math.round(median(xs));
    return Object.fromEntries(
      Object.entries(seen).map(([name, x]) => [name, { wall_median: med(x.wall), wall_min: Math.round(Math.min(...x.wall)), cpu_browser_median: med(x.browser), cpu_renderer_median: med(x.renderer) }]),
    );
  } finally {
    await page.close();
  }
}

const VARIANTS = ['full', 'no_index', 'tiny_full', 'ids_no_index', 'one_row', 'chunks_10'];

async function main(): Promise<void> {
  const dir = await extensionDir();
  const loadStart = load();
  const browser = await launchWithExtension(dir);
  try {
    const cpuArg = option('--cpu');
    const variantsArg = option('--variants');
    const rounds = (arg: string) => Number(arg.split('=')[1] ?? 5);
    const result = cpuArg
      ? { restore_vs_raw: await cpuByProcess(browser, rounds(cpuArg), [{ name: 'restore', fn: 'restore' }, { name: 'raw', fn: 'raw' }], true) }
      : variantsArg
      ? { variants: await cpuByProcess(browser, rounds(variantsArg), VARIANTS.map((v) => ({ name: v, fn: 'variant', arg: v }))) }
      : probeArg
      ? { probe_medians: await probe(browser, Number(probeArg.split('=')[1] ?? 3), probeWhat) }
      : { db: await timeDb(browser) };
    process.stdout.write(`${JSON.stringify({ ...result, loadavg_start: loadStart, loadavg_end: load() })}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`db bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
