// node --import tsx scripts/bench/db-only.ts [--no-build] [--out-dir=.output-bench-db] [--probe[=ROUNDS]]
// The database part of `npm run bench` alone (restore, search, capture on real IndexedDB in headless
// Chromium), in about a minute instead of several: for working on db/ without the corpus runs.
// --probe instead times where a 10,000-to-do restore goes (parse, merge + write) next to floors
// (the same rows through a Dexie without sync's hooks, and through bare IndexedDB), ROUNDS times;
// --probe --idb times bare IndexedDB variants (indexes, value size, durability) instead.
// Prints one JSON object on stdout, with the 1-minute load average at the start and the end.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildChrome, chromeBuildDir } from './build';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { timeDb } from './db-timing';
import { descendantsCpuMs } from './process-cpu';
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

/**
 * --cpu[=ROUNDS]: a prepared 10,000-to-do backup restored (importBackupFile) and the same rows
 * written by bare IndexedDB, alternately; wall time and the browser's CPU time of each.
 */
async function cpuCompare(browser: ExtensionBrowser, rounds: number) {
  const page = await browser.context.newPage();
  type Probe = Record<string, (n?: number) => Promise<number>>;
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(await probeBundle());
    await page.evaluate((n) => (globalThis as unknown as Record<string, Probe>).__actionableRestoreProbe!.prepare!(n), 10_000);
    const ops = ['restore', 'raw'] as const;
    const wall: Record<string, number[]> = { restore: [], raw: [] };
    const cpu: Record<string, number[]> = { restore: [], raw: [] };
    for (let i = 0; i <= rounds; i++) {
      for (const op of ops) {
        const before = descendantsCpuMs();
        const ms = await page.evaluate((o) => (globalThis as unknown as Record<string, Probe>).__actionableRestoreProbe![o]!(), op);
        const used = descendantsCpuMs() - before;
        process.stderr.write(`${op}: ${ms} ms wall, ${Math.round(used)} ms cpu\n`);
        if (i === 0) continue; // warm-up
        wall[op]!.push(ms);
        cpu[op]!.push(used);
      }
    }
    const med = (xs: number[]) => Math.round(median(xs));
    return Object.fromEntries(ops.map((op) => [op, { wall_median: med(wall[op]!), wall_min: Math.round(Math.min(...wall[op]!)), cpu_median: med(cpu[op]!) }]));
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const dir = await extensionDir();
  const loadStart = load();
  const browser = await launchWithExtension(dir);
  try {
    const cpuArg = option('--cpu');
    const result = cpuArg
      ? { restore_vs_raw: await cpuCompare(browser, Number(cpuArg.split('=')[1] ?? 5)) }
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
