import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../lib/i18n/locale';
import { loadTables } from './tables';

const TABLES = await loadTables();
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where strings are used: the code that renders them (never the tables themselves). */
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];
/** Japanese script: kana or kanji. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** Japanese values that may rightly hold no Japanese: names of languages, products and formats. */
const SAME_IN_JAPANESE = new Set(['OPTIONS.language.en', 'OPTIONS.language.ja', 'NOTICE.label', 'strings.appName', 'WELCOME.addSitePlaceholder', 'NOTICE.close']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !path.includes(`${join('lib', 'strings')}`) && !name.endsWith('popup-strings.ts') ? [path] : [];
  });
}
const SOURCE = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d))).map((f) => readFileSync(f, 'utf8')).join('\n');

/** "OPTIONS.theme.light" → the value's shape: strings, functions (with arity), arrays, objects. */
function leaves(value: unknown, path: string): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  }
  return [[path, value]];
}

describe.each(TABLES)('$binding ($module)', ({ binding, table }) => {
  const english = leaves(table.en, binding);

  it.each(LOCALES)('%s carries exactly the keys of English, with the same shapes', (locale) => {
    const other = leaves(table[locale], binding);
    expect(other.map(([p]) => p)).toEqual(english.map(([p]) => p));
    for (const [i, [path, value]] of other.entries()) {
      const en = english[i]![1];
      expect(typeof value, path).toBe(typeof en);
      if (typeof value === 'function') expect(value.length, `${path} arity`).toBe((en as () => string).length);
      if (typeof value === 'string') expect(value.trim(), `${path} is empty`).not.toBe('');
    }
  });

  it('every Japanese string is written in Japanese (none left in English)', () => {
    for (const [path, value] of leaves(table.ja, binding)) {
      if (SAME_IN_JAPANESE.has(path)) continue;
      const text = typeof value === 'function' ? String((value as (...a: unknown[]) => string)(...[2, 3, 4])) : String(value);
      expect(text, path).toMatch(JAPANESE);
    }
  });

  it('every key is used by the code (no unused keys)', () => {
    const unused = Object.keys(table.en).filter((key) => !new RegExp(`\\b${binding}\\.${key}\\b`).test(SOURCE));
    expect(unused).toEqual([]);
  });
});
