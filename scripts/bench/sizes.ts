import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** Files counted, relative to the build folder. */
  files: string[];
  bytes: number;
  gzBytes: number;
  /** gzip size in kB (1 kB = 1,000 bytes, as Vite and WXT report). */
  gzKb: number;
}

/** Static imports a built chunk loads before it runs (`import"./x.js"`, `from"../x.js"`); never `import()`. */
const STATIC_IMPORT = /\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g;
/** Scripts and stylesheets an HTML page loads up front. */
const HTML_ASSET = /<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']([^"']+\.(?:js|css))["']/g;
/** The module the popup's first-frame script loads once that frame is drawn (scripts/vite/popup-html.ts). */
const LOADED_MODULE = /\bdata-app-module=["']([^"']+\.js)["']/g;

function gzipBytes(text: Buffer): number {
  return gzipSync(text).length;
}

/** `entries` plus everything they import statically, each counted once. */
function closure(buildDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(buildDir, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const match of readFileSync(join(buildDir, file), 'utf8').matchAll(STATIC_IMPORT)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
    }
  }
  return [...seen].sort();
}

function measure(buildDir: string, files: string[]): BundleSize {
  let bytes = 0;
  let gzBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(buildDir, file));
    bytes += content.length;
    gzBytes += gzipBytes(content);
  }
  return { files, bytes, gzBytes, gzKb: Math.round(gzBytes / 10) / 100 };
}

/** The content script injected into pages, with whatever it imports. */
export function contentScriptSize(buildDir: string): BundleSize {
  return measure(buildDir, closure(buildDir, ['content-scripts/capture.js', 'content-scripts/capture.css']));
}

/** Everything popup.html loads up front: its page (with the inlined styles), scripts and their static imports. */
export function popupSize(buildDir: string): BundleSize {
  const html = readFileSync(join(buildDir, 'popup.html'), 'utf8');
  const assets = [...html.matchAll(HTML_ASSET), ...html.matchAll(LOADED_MODULE)].map((m) => posix.normalize(m[1]!.replace(/^\//, '')));
  return measure(buildDir, closure(buildDir, ['popup.html', ...assets]));
}

/** The extractor, injected only where the content script's first look passed (and on request). */
export function extractorSize(buildDir: string): BundleSize {
  return measure(buildDir, closure(buildDir, ['content-scripts/extract.js', 'content-scripts/extract.css']));
}

/** The sizes of a production build folder (e.g. .output-bench/chrome-mv3). */
export function buildSizes(buildDir: string): { contentScript: BundleSize; extractor: BundleSize; popup: BundleSize } {
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`no build in ${dirname(buildDir)}`);
  return { contentScript: contentScriptSize(buildDir), extractor: extractorSize(buildDir), popup: popupSize(buildDir) };
}
