import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChrome } from '../scripts/bench/build';
import { buildSizes, type BundleSize } from '../scripts/bench/sizes';
import { TARGETS } from '../scripts/bench/targets';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Its own production build, per process: parallel builds elsewhere must not change what this reads. */
const OUT_DIR = `.output-size-${process.pid}`;
/** A production build takes ~3–6 s on the 2-core machines; much more under load. */
const BUILD_TIMEOUT_MS = 180_000;

// Sizes are deterministic, so unlike the timings in `npm run bench` they fail the tests.
describe('size budgets (production build, gzip)', () => {
  let sizes: { contentScript: BundleSize; popup: BundleSize };
  let buildDir: string;

  beforeAll(async () => {
    buildDir = await buildChrome(ROOT, OUT_DIR, 'production');
    sizes = buildSizes(buildDir);
  }, BUILD_TIMEOUT_MS);

  afterAll(() => rmSync(`${ROOT}${OUT_DIR}`, { recursive: true, force: true }));

  it(`content script ≤ ${TARGETS['sizes.content_script_gz_kb'].max} kB gzipped`, () => {
    expect(sizes.contentScript.files).toContain('content-scripts/capture.js');
    expect(sizes.contentScript.gzKb, sizes.contentScript.files.join(', ')).toBeLessThanOrEqual(
      TARGETS['sizes.content_script_gz_kb'].max,
    );
  });

  it(`popup ≤ ${TARGETS['sizes.popup_gz_kb'].max} kB gzipped`, () => {
    expect(sizes.popup.files.some((f) => f.endsWith('.js')), 'the popup loads a script').toBe(true);
    expect(sizes.popup.gzKb, sizes.popup.files.join(', ')).toBeLessThanOrEqual(TARGETS['sizes.popup_gz_kb'].max);
  });

  it('the popup draws its first screen without Dexie: it loads after (issue 7, components/deferred.ts)', () => {
    const scripts = sizes.popup.files.filter((f) => f.endsWith('.js'));
    expect(scripts).toContain('popup-first-frame.js');
    // The module the first-frame script loads is counted too (scripts/vite/popup-html.ts moved it).
    expect(scripts.some((f) => /^chunks\/popup-.+\.js$/.test(f)), scripts.join(', ')).toBe(true);
    const withDexie = scripts.filter((f) => readFileSync(join(buildDir, f), 'utf8').includes('DatabaseClosedError'));
    expect(withDexie).toEqual([]);
  });
});
