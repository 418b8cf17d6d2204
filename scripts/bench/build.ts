import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The bench's own build folder: other engineers build into .output in parallel (gitignored). */
export const BENCH_OUT_DIR = '.output-bench';
/** A cold `wxt build` takes ~3–6 s here; far longer means something is wrong. */
const BUILD_TIMEOUT_MS = 180_000;

export type BuildMode = 'production' | 'e2e';

/** Where WXT puts the Chrome MV3 build for `mode` under `outDir`. */
export function chromeBuildDir(root: string, outDir: string, mode: BuildMode): string {
  return join(root, outDir, mode === 'e2e' ? 'chrome-mv3-e2e' : 'chrome-mv3');
}

/**
 * Builds the Chrome extension into `outDir` (relative to `root`) and returns its folder.
 * Output is captured, not shown: `--json` must print nothing but JSON.
 */
export async function buildChrome(root: string, outDir: string, mode: BuildMode): Promise<string> {
  const args = ['wxt', 'build', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])];
  try {
    await run('npx', args, {
      cwd: root,
      env: { ...process.env, ACTIONABLE_OUT_DIR: outDir },
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const out = error as { stdout?: string; stderr?: string; message?: string };
    throw new Error(`wxt build (${mode}) failed:\n${out.stdout ?? ''}${out.stderr ?? out.message ?? ''}`);
  }
  const dir = chromeBuildDir(root, outDir, mode);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`wxt build (${mode}) wrote no manifest in ${dir}`);
  return dir;
}
