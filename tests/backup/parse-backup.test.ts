import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../lib/backup/backup-format';
import { parseBackup } from '../../lib/backup/parse-backup';
import { ARTICLES, TODOS } from '../export/sample-rows';

const good = JSON.stringify(makeBackup(ARTICLES, TODOS, { captureScope: 'career' }, 0));
const edit = (change: (b: Record<string, any>) => void) => {
  const b = JSON.parse(good);
  change(b);
  return JSON.stringify(b);
};

describe('parseBackup', () => {
  it('accepts a backup it made, unchanged', () => {
    const parsed = parseBackup(good);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.articles).toHaveLength(ARTICLES.length);
    expect(parsed.backup.todos).toEqual(TODOS);
    expect(parsed.backup.settings).toEqual({ captureScope: 'career' });
  });

  it.each([
    ['corrupt', '{"format": "actionable-backup", "version": 1, articles: ]', /not valid JSON/],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /truncated/],
    ['empty', '', /not valid JSON/],
    ['some other JSON', '{"hello": "world"}', /not an Actionable backup/],
    ['an array', '[1,2,3]', /not an object/],
    ['from a newer version', edit((b) => (b.version = 99)), /newer version/],
    ['from an unknown older version', edit((b) => (b.version = 0)), /not supported/],
    ['oversized', ' '.repeat(26 * 1024 * 1024), /larger than/],
    ['with a javascript: URL', edit((b) => (b.articles[0].url = 'javascript:alert(1)')), /web address/],
    ['with a to-do of no article', edit((b) => (b.todos[0].articleId = 'nowhere')), /belongs to no article/],
    ['with a text that is not text', edit((b) => (b.todos[0].text = { toString: 1 })), /todos\[0\]\.text/],
    ['with a done state that is not 0/1', edit((b) => (b.todos[0].done = 'yes')), /todos\[0\]\.done/],
    ['with an impossible time', edit((b) => (b.todos[0].createdAt = -5)), /todos\[0\]\.createdAt/],
    ['with a __proto__ setting', good.replace('"settings":{', '"settings":{"__proto__":{"polluted":true},'), /uses the name "__proto__"/],
    ['with a constructor setting', edit((b) => (b.settings.constructor = { prototype: { polluted: true } })), /uses the name "constructor"/],
    ['with a __proto__ key in a row', good.replace('"articles":[{', '"articles":[{"__proto__":{"polluted":true},'), /uses the name "__proto__"/],
    ['with a __proto__ key written as escapes', good.replace('"todos":[{', '"todos":[{"\\u005f_proto__":{"polluted":true},'), /uses the name "__proto__"/],
    ['with a prototype key deep in a row', edit((b) => (b.todos[0].extra = [{ a: { prototype: { polluted: true } } }])), /uses the name "prototype"/],
    ['with a constructor key at the top', edit((b) => Object.assign(b, { constructor: { name: 'x' } })), /uses the name "constructor"/],
    ['with a __proto__ key in a setting value', good.replace('"settings":{', '"settings":{"blockedSites":{"__proto__":["x"]},'), /uses the name "__proto__"/],
  ])('refuses a backup %s with a clear message', (_, raw, message) => {
    const parsed = parseBackup(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('keeps HTML in fields as inert text and drops unknown keys from rows', () => {
    const raw = edit((b) => {
      b.todos[0].text = '<script>alert(1)</script>';
      b.articles[0].title = '<img src=x onerror=alert(1)>';
      b.todos[0].isAdmin = true;
    });
    const parsed = parseBackup(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.todos[0]?.text).toBe('<script>alert(1)</script>');
    expect(parsed.backup.articles[0]?.title).toBe('<img src=x onerror=alert(1)>');
    expect(parsed.backup.todos[0]).not.toHaveProperty('isAdmin');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.backup.articles[0])).toBe(Object.prototype);
  });
});
