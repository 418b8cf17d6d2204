import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { setDone } from '../../db/todos';
import { deleteTodo } from '../../db/trash';
import { exportFile, importBackupFile } from '../../lib/data-files';
import { blockedSites, captureScope } from '../../lib/settings';
import { themePreference } from '../../lib/theme';
import { BAD_BACKUPS, HTML_PAYLOAD, htmlEverywhere, type BadKind } from '../helpers/bad-backups';
import { makeCapture } from '../helpers/capture-factory';

/**
 * Issue #8, "bad files change nothing": every kind of bad backup goes through the same function
 * the options page calls (parse, validate, merge, apply settings) against a database and
 * settings with real content, which must come out identical, row for row and key for key.
 */

let db: ActionableDB;
let good: string;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new ActionableDB(`test-${crypto.randomUUID()}`);
  await storeCapture(db, makeCapture(['記録を残す', '上司への報告']), 1000);
  await storeCapture(db, makeCapture(['Update your resume'], { canonicalUrl: 'https://example.com/en', url: 'https://example.com/en' }), 1100);
  await setDone(db, (await db.todos.toArray())[0]!.id, true, 1200);
  await deleteTodo(db, (await db.todos.filter((t) => t.text === '上司への報告').first())!.id, 1300);
  await captureScope.setValue('all');
  await blockedSites.setValue(['example.org']);
  await themePreference.setValue('dark');
  good = (await exportFile(db, 'json', 5000)).text;
});
afterEach(async () => {
  await db.delete();
});

/** Every row of both tables, in key order, and every stored setting: what "untouched" compares. */
async function snapshot(): Promise<unknown> {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    todos: await db.todos.orderBy('id').toArray(),
    settings: await browser.storage.local.get(null),
  };
}

describe('a bad backup file gets a clear message and changes nothing', () => {
  const kinds = new Set<BadKind>();
  it.each(BAD_BACKUPS.map((recipe) => [recipe.kind, recipe.name, recipe] as const))(
    '%s: %s',
    async (kind, _name, bad) => {
      kinds.add(kind);
      const content = bad.make(JSON.stringify(JSON.parse(good)));
      const before = await snapshot();
      const outcome = await importBackupFile(db, typeof content === 'string' ? content : new TextDecoder().decode(content));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(bad.message);
      expect(await snapshot()).toEqual(before);
    },
    30_000,
  );

  it('covers every kind the issue names', () => {
    expect([...kinds].sort()).toEqual(['corrupt', 'malicious', 'oversized', 'truncated', 'wrong version']);
  });

  it('control: the good file the bad ones are made from does import', async () => {
    await db.delete();
    db = new ActionableDB(`test-${crypto.randomUUID()}`);
    expect(await importBackupFile(db, good)).toMatchObject({ ok: true, articlesAdded: 2, todosAdded: 3 });
  });

  it('a byte-order mark that an editor added is not damage', async () => {
    await db.delete();
    db = new ActionableDB(`test-${crypto.randomUUID()}`);
    expect(await importBackupFile(db, `\uFEFF${good}`)).toMatchObject({ ok: true, todosAdded: 3 });
  });
});

describe('HTML in every field of an otherwise valid backup', () => {
  it('is imported as the same literal text, never cleaned, parsed or run', async () => {
    const file = htmlEverywhere(good);
    const outcome = await importBackupFile(db, file);
    expect(outcome).toMatchObject({ ok: true, articlesAdded: 2, todosAdded: 2 });
    const stored = await db.todos.filter((t) => t.text.startsWith(HTML_PAYLOAD)).toArray();
    expect(stored.map((t) => t.text).sort()).toEqual([`${HTML_PAYLOAD} to-do 0`, `${HTML_PAYLOAD} to-do 1`]);
    expect(stored.every((t) => t.detail === `${HTML_PAYLOAD} detail` && t.articleId.startsWith(HTML_PAYLOAD))).toBe(true);
    const articles = await db.articles.filter((a) => a.id.startsWith(HTML_PAYLOAD)).toArray();
    expect(articles.map((a) => a.title).sort()).toEqual([`${HTML_PAYLOAD} title 0`, `${HTML_PAYLOAD} title 1`]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
