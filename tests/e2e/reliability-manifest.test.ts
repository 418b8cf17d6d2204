import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../lib/i18n/locale';
import { buildProduction, readmePermissions, type ProductionBuild } from '../helpers/production-build';
import { ROOT } from './environment';

const run = promisify(execFile);
const BROWSERS = ['chrome', 'firefox'] as const;
/** Remote code would arrive through one of these; none may appear in extension code. */
const DYNAMIC_CODE = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bimportScripts\s*\(/, /\bimport\s*\(\s*["'`]https?:/, /setTimeout\s*\(\s*["'`]/];
/** Source folders that make up the extension (everything a build bundles from this repository). */
const SOURCES = ['components', 'entrypoints', 'lib', 'core', 'db'];

interface LintMessage { code: string; message: string; file?: string; line?: number; column?: number }

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** One production build per browser for every check in this file (each build takes a while). */
const builds = {} as Record<(typeof BROWSERS)[number], ProductionBuild>;
beforeAll(() => {
  for (const browser of BROWSERS) builds[browser] = buildProduction(browser);
}, 240_000);
afterAll(() => {
  for (const build of Object.values(builds)) rmSync(dirname(build.dir), { recursive: true, force: true });
});

describe('the built extension: strict CSP, no remote or dynamic code, minimal permissions', () => {
  it.each(BROWSERS)('%s: no externally_connectable, no loosened CSP, no static content scripts or exposed resources', (browser) => {
    const { manifest } = builds[browser];
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest.content_scripts ?? []).toEqual([]);
    // MV3's default extension-page CSP ("script-src 'self'; object-src 'self'") is the strict one;
    // any CSP the manifest sets must not loosen it.
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
  });

  it.each(BROWSERS)('%s: permissions match README.md\'s table exactly', (browser) => {
    const { manifest } = builds[browser];
    const readme = readmePermissions(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect([...(manifest.permissions as string[])].sort()).toEqual(readme.permissions);
    expect(readme.optionalHostAccess).toBe(true);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // Production asks for host access only when the user turns auto-capture on.
    expect(manifest).not.toHaveProperty('host_permissions');
  });

  it.each(BROWSERS)('%s: built HTML has no inline script, no inline handlers, no remote resources', (browser) => {
    const pages = [...builds[browser].files].filter(([path]) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const [path, html] of pages) {
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag, `${path}: ${tag}`).toMatch(/\bsrc=/i);
      expect(html.match(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)?.filter((s) => !/^<script[^>]*><\/script>$/i.test(s)) ?? [], path).toEqual([]);
      expect(html, path).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, path).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\/[^"'\s>]/i);
    }
  });

  it.each(BROWSERS)('%s: built JavaScript has no eval, no Function constructor, no remote imports', (browser) => {
    const scripts = [...builds[browser].files].filter(([path]) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const [path, code] of scripts) {
      for (const pattern of DYNAMIC_CODE) expect(code.match(pattern)?.[0], `${path} ${pattern}`).toBeUndefined();
    }
  });

  it('no source file writes HTML: page text can only ever be rendered as text', () => {
    const offenders = SOURCES.flatMap(sourceFiles).filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => f.slice(ROOT.length))).toEqual([]);
  });

  it('web-ext lint: no errors, and the only warning is Preact\'s own innerHTML support (unused by us)', async () => {
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', builds.firefox.dir, '--no-config-discovery', '--output', 'json'],
      { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    // Preact's diff assigns `dom.innerHTML = props.dangerouslySetInnerHTML.__html`; the test above
    // proves no source passes that prop. Each such warning must point at exactly that code.
    const unexplained = report.warnings.filter((w) => {
      if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !/innerHTML/.test(w.message) || !w.file) return true;
      const code = builds.firefox.files.get(w.file) ?? '';
      const lineText = code.split('\n')[(w.line ?? 1) - 1] ?? '';
      const around = lineText.slice(Math.max(0, (w.column ?? 0) - 200), (w.column ?? 0) + 200);
      return !/__html/.test(around);
    });
    expect(unexplained).toEqual([]);
    console.info(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (all Preact innerHTML), ${report.notices.length} notices`);
  }, 150_000);
});

const MESSAGE_REF = /__MSG_(\w+)__/g;
/** Chrome Web Store and AMO limits: a name of at most 75 characters, a summary of at most 132. */
const MAX_NAME = 75;
const MAX_DESCRIPTION = 132;

type Messages = Record<string, { message: string; description?: string }>;

/** Every `__MSG_key__` anywhere in the manifest, with where it sits. */
function messageRefs(value: unknown, path = 'manifest'): [string, string][] {
  if (typeof value === 'string') return [...value.matchAll(MESSAGE_REF)].map((m) => [path, m[1]!]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => messageRefs(v, `${path}.${k}`));
  return [];
}

describe('the built manifests speak English and Japanese (_locales)', () => {
  it.each(BROWSERS)('%s: default_locale en, and a messages file for every interface language', (browser) => {
    const { manifest, dir } = builds[browser];
    expect(manifest.default_locale).toBe('en');
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
      expect(Object.keys(messages).length, locale).toBeGreaterThan(0);
    }
  });

  it.each(BROWSERS)('%s: name, description, toolbar title and both commands are __MSG_ keys each language resolves', (browser) => {
    const { manifest, dir } = builds[browser];
    const refs = messageRefs(manifest);
    const where = refs.map(([path]) => path);
    expect(where).toEqual(
      expect.arrayContaining([
        'manifest.name',
        'manifest.description',
        'manifest.action.default_title',
        'manifest.commands._execute_action.description',
        'manifest.commands.capture-page.description',
      ]),
    );
    const english = JSON.parse(readFileSync(join(dir, '_locales', 'en', 'messages.json'), 'utf8')) as Messages;
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
      // The same keys in every language, none empty, and every key the manifest uses resolves.
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(english).sort());
      for (const [path, key] of refs) expect(messages[key]?.message.trim(), `${locale}: ${path} → ${key}`).toBeTruthy();
      expect(messages.extName!.message.length).toBeLessThanOrEqual(MAX_NAME);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    }
    // Japanese is written in Japanese (the name stays the product's name).
    const japanese = JSON.parse(readFileSync(join(dir, '_locales', 'ja', 'messages.json'), 'utf8')) as Messages;
    for (const key of Object.keys(japanese).filter((k) => k !== 'extName')) expect(japanese[key]!.message, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
