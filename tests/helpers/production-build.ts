import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/environment';

/** A production build made by the test itself, in its own folder (other work builds in parallel). */
export interface ProductionBuild {
  dir: string;
  manifest: Record<string, unknown>;
  /** Every file of the build, relative path → text (binary files skipped). */
  files: Map<string, string>;
}

function walk(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, base, out);
    else if (/\.(js|mjs|html|json|css)$/.test(name)) out.set(path.slice(base.length + 1), readFileSync(path, 'utf8'));
  }
  return out;
}

/** Runs `wxt build` (production mode) for one browser into a fresh temporary folder. */
export function buildProduction(browser: 'chrome' | 'firefox'): ProductionBuild {
  const out = mkdtempSync(join(tmpdir(), 'actionable-prod-'));
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: ROOT,
    env: { ...process.env, ACTIONABLE_OUT_DIR: out },
    stdio: 'pipe',
    timeout: 120_000,
  });
  const dir = join(out, `${browser}-mv3`);
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>, files: walk(dir) };
}

/** The permission names README.md's "Permissions" table lists, and whether it lists optional host access. */
export function readmePermissions(readme: string): { permissions: string[]; optionalHostAccess: boolean } {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions')) ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('|') && !/^\|\s*(permission|---)/.test(line));
  const firstCells = rows.map((row) => row.split('|')[1] ?? '');
  return {
    permissions: firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)).sort(),
    optionalHostAccess: firstCells.some((cell) => /host access/i.test(cell) && /optional/i.test(cell)),
  };
}
