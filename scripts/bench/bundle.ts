import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Chrome versions the bundles must run in: the Debian Chromium here is far newer. */
const BROWSER_TARGET = 'chrome120';

const cache = new Map<string, string>();

/**
 * Bundles one in-page entry (scripts/bench/in-page/*-entry.ts) and everything it imports into a
 * self-contained script, for page.evaluate(): evaluation through the DevTools protocol is not
 * subject to the page's or the extension's Content-Security-Policy, so nothing is injected as a tag.
 * esbuild comes with tsx and vite (nothing new installed).
 */
export async function bundleInPage(entry: 'analyze-entry' | 'db-entry'): Promise<string> {
  const known = cache.get(entry);
  if (known) return known;
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./in-page/${entry}.ts`, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: BROWSER_TARGET,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  cache.set(entry, code);
  return code;
}
