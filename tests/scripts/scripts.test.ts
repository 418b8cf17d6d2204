import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'actionable-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract', () => {
  it('a missing file: one clear line on stderr, exit 1, no stack trace', () => {
    const r = run('extract', join(dir, 'nope.html'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read .*nope\.html/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);

  it('prints a readable to-do list, or JSON with --json', () => {
    const page = 'tests/fixtures/core/en-tips.html';
    expect(run('extract', page).stdout).toMatch(/1\. Keep a written record of each call/);
    const json = JSON.parse(run('extract', page, '--json', '--url', 'https://example.com/t').stdout);
    expect(json).toMatchObject({ isAdvice: true, lang: 'en', canonicalUrl: 'https://example.com/t' });
  }, 30_000);
});

describe('predict', () => {
  it('prints only one JSON object mapping page folders to predictions', () => {
    for (const [name, file] of [['tips', 'en-tips.html'], ['news', 'en-news.html']] as const) {
      mkdirSync(join(dir, 'pages', name), { recursive: true });
      copyFileSync(`tests/fixtures/core/${file}`, join(dir, 'pages', name, 'source.html'));
    }
    writeFileSync(join(dir, 'pages', 'tips', 'meta.json'), JSON.stringify({ url_if_known: 'https://example.com/tips' }));
    const r = run('predict', join(dir, 'pages'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['news', 'tips']);
    expect(out.news).toEqual({ is_advice: false, career: false, items: [] });
    expect(out.tips.is_advice).toBe(true);
    expect(out.tips.items).toContain('Stay calm and listen');
  }, 30_000);

  it('a missing folder: clear error, exit 1', () => {
    const r = run('predict', join(dir, 'absent'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  }, 30_000);
});
