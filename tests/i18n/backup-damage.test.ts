import { afterEach, describe, expect, it } from 'vitest';
import { makeBackup } from '../../lib/backup/backup-format';
import { parseBackup, type DamageFault } from '../../lib/backup/parse-backup';
import { setLocale } from '../../lib/i18n/current-locale';
import { OPTIONS, OPTIONS_TABLE } from '../../lib/strings/options';
import { ARTICLES, TODOS } from '../export/sample-rows';

/**
 * Issue #6: a damaged backup's detail is data (the field, what is wrong with it, the limit), so
 * the options page says it in the chosen language; only the file's own field names stay as they are.
 */

const good = JSON.stringify(makeBackup(ARTICLES, TODOS, {}, 0));
const edit = (change: (b: Record<string, any>) => void) => {
  const b = JSON.parse(good);
  change(b);
  return JSON.stringify(b);
};

/** What the options page shows for a damaged file (components/OptionsImport.tsx). */
const shown = (problem: { field: string; fault: DamageFault; max?: number }) => OPTIONS.damaged(problem.field, OPTIONS.damage[problem.fault](problem.max ?? 0));

const DAMAGED: [string, string, string, DamageFault][] = [
  ['an empty to-do', edit((b) => (b.todos[3].text = '  ')), 'todos[3].text', 'empty'],
  ['a to-do of no article', edit((b) => (b.todos[0].articleId = 'nowhere')), 'todos[0]', 'noArticle'],
  ['a done state that is not 0/1', edit((b) => (b.todos[0].done = 'yes')), 'todos[0].done', 'notBit'],
  ['an impossible time', edit((b) => (b.todos[1].createdAt = -5)), 'todos[1].createdAt', 'notTime'],
  ['a javascript: address', edit((b) => (b.articles[0].url = 'javascript:alert(1)')), 'articles[0].url', 'notWebAddress'],
  ['an unknown capture kind', edit((b) => (b.articles[0].via = 'magic')), 'articles[0].via', 'notCaptureKind'],
  ['a title too long', edit((b) => (b.articles[0].title = 'x'.repeat(1001))), 'articles[0].title', 'notText'],
  ['reasons that are not a list', edit((b) => (b.articles[0].reasons = 'because')), 'articles[0].reasons', 'notList'],
  ['a row that is not an object', edit((b) => (b.todos[2] = 7)), 'todos[2]', 'notObject'],
  ['a settings name too long', edit((b) => (b.settings['n'.repeat(101)] = 1)), 'settings', 'forbiddenName'],
];

afterEach(() => setLocale('en'));

describe('a damaged backup, said in the chosen language', () => {
  it.each(DAMAGED)('%s: the field and the fault, as data', (_name, file, field, fault) => {
    const parsed = parseBackup(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatchObject({ kind: 'damaged', field, fault });
    // English on screen is the English message, word for word.
    expect(shown(parsed.problem as { field: string; fault: DamageFault })).toBe(parsed.message);
  });

  it.each(DAMAGED)('%s: in Japanese, no English but the field’s own name', async (_name, file, field) => {
    await setLocale('ja');
    const parsed = parseBackup(file);
    if (parsed.ok || parsed.problem.kind !== 'damaged') throw new Error('expected a damaged file');
    const text = shown(parsed.problem);
    expect(text).toMatch(/^バックアップが壊れています（/);
    expect(text).toContain(field);
    expect(text.replace(field, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('a broken limit is named in both languages', () => {
    const parsed = parseBackup(edit((b) => (b.articles[0].title = 'x'.repeat(1001))));
    if (parsed.ok || parsed.problem.kind !== 'damaged') throw new Error('expected a damaged file');
    expect(parsed.problem.max).toBe(1000);
    expect(OPTIONS_TABLE.ja.damage.notText(1000)).toBe('が 1000 文字以内のテキストではありません');
    expect(shown(parsed.problem)).toBe('The backup is damaged: articles[0].title is not text of at most 1000 characters.');
  });
});
