import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionableDB } from '../../db/database';
import { searchLines } from '../../db/search-lines';
import { searchTodos } from '../../db/search-todos';
import { storeCapture } from '../../db/store-capture';
import { editText } from '../../db/todos';
import { makeCapture } from '../helpers/capture-factory';

let db: ActionableDB;
beforeEach(() => {
  db = new ActionableDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const texts = (rows: { text: string }[]) => rows.map((r) => r.text);

describe('searchTodos', () => {
  beforeEach(async () => {
    await storeCapture(db, makeCapture(['記録を残す', '上司への報告', '報告書を書く']), 1000);
    await storeCapture(
      db,
      makeCapture(['Update your résumé', 'Ｒｅｖｉｅｗ your goals', 'Ask for feedback'], { canonicalUrl: 'https://example.com/en' }),
      2000,
    );
  });

  it.each([
    ['報告', ['上司への報告', '報告書を書く']],
    ['resume', ['Update your résumé']],
    ['RESUME', ['Update your résumé']],
    ['RÉSUMÉ', ['Update your résumé']],
    ['review', ['Ｒｅｖｉｅｗ your goals']],
    ['ｆｅｅｄｂａｃｋ', ['Ask for feedback']],
    ['  for   feed ', ['Ask for feedback']],
    ['nothing like this', []],
    ['', []],
  ])('%s finds %j', async (query, expected) => {
    expect(texts(await searchTodos(db, query))).toEqual(expected);
  });

  it('never matches an id, only the text', async () => {
    const [todo] = await db.todos.toArray();
    expect(await searchTodos(db, todo!.id.slice(0, 8))).toEqual([]);
  });

  it('puts the newest article first and honours the limit', async () => {
    await storeCapture(db, makeCapture(['Report to your manager'], { canonicalUrl: 'https://example.com/new' }), 3000);
    expect(texts(await searchTodos(db, 'r'))).toEqual([
      'Report to your manager', 'Update your résumé', 'Ｒｅｖｉｅｗ your goals', 'Ask for feedback',
    ]);
    expect(texts(await searchTodos(db, 'r', { limit: 2 }))).toEqual(['Report to your manager', 'Update your résumé']);
  });

  it('follows edits and leaves deleted to-dos out', async () => {
    const [first] = await searchTodos(db, '記録');
    await editText(db, first!.id, '通話の記録をメモに残す');
    expect(texts(await searchTodos(db, 'メモ'))).toEqual(['通話の記録をメモに残す']);
    await db.todos.update(first!.id, { deletedAt: 5 });
    expect(await searchTodos(db, 'メモ')).toEqual([]);
  });

  it('still finds to-dos of an article that has no search text yet', async () => {
    await db.articles.toCollection().modify((a) => {
      delete a.searchText;
    });
    expect(texts(await searchTodos(db, '報告'))).toEqual(['上司への報告', '報告書を書く']);
  });

  it('reads past many articles, some captured at the same instant, each exactly once', async () => {
    // 300 articles over 40 instants: the batches of the newest-first scan end inside groups of ties.
    const articles = Array.from({ length: 300 }, (_, i) => {
      const todo = { id: `t${i}`, articleId: `a${i}`, text: `手順${i}を確認する`, position: 0, done: 0 as const, createdAt: 1, updatedAt: 1, key: `k${i}` };
      const at = 10_000 + Math.floor(i / 8);
      const article = {
        id: `a${i}`, url: '', title: '', site: '', lang: 'ja', career: 0 as const, via: 'auto' as const, reasons: [],
        capturedAt: at, updatedAt: at, analysisMs: 0, searchText: searchLines([todo]),
      };
      return { article, todo };
    });
    await db.articles.bulkAdd(articles.map((a) => a.article));
    await db.todos.bulkAdd(articles.map((a) => a.todo));
    const all = await searchTodos(db, 'を確認する', { limit: 1000 });
    expect(all).toHaveLength(300);
    expect(new Set(all.map((t) => t.id)).size).toBe(300);
    const times = await Promise.all(all.map(async (t) => (await db.articles.get(t.articleId))!.capturedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(texts(await searchTodos(db, '記録'))).toEqual(['記録を残す']);
    expect(await searchTodos(db, '存在しない言葉')).toEqual([]);
    expect(await searchTodos(db, 'を確認する', { limit: 20 })).toEqual(all.slice(0, 20));
  });

  it('sees every write made after the lines were kept for the next keystroke', async () => {
    expect(await searchTodos(db, '新しい')).toEqual([]);
    await storeCapture(db, makeCapture(['新しい手順を試す'], { canonicalUrl: 'https://example.com/later' }), 5000);
    expect(texts(await searchTodos(db, '新しい'))).toEqual(['新しい手順を試す']);
    const [found] = await searchTodos(db, '新しい');
    await editText(db, found!.id, '別の言葉');
    expect(await searchTodos(db, '新しい')).toEqual([]);
    expect(texts(await searchTodos(db, '別の'))).toEqual(['別の言葉']);
    // A second connection (as the background is to the popup) writes: this one still sees it.
    const other = new ActionableDB(db.name);
    await other.articles.update(found!.articleId, { deletedAt: 6000 });
    other.close();
    expect(await searchTodos(db, '別の')).toEqual([]);
  });
});
