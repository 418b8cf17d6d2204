import { describe, expect, it } from 'vitest';
import { decodeStore, encodeArticle } from '../../lib/sync/codec';
import { HybridClock, implicitStamp } from '../../lib/sync/hlc';
import { canonical, PURGED, type SyncArticle, type SyncTodo } from '../../lib/sync/record';
import { todoIdOf } from '../../lib/sync/todo-id';
import { todoKey } from '../../db/todo-key';
import { SYNC_BUDGET } from '../../lib/sync/quotas';

const SEED = ['記録を残す', '上司への報告', '社内規定の確認', '冷静さを保つ', 'コミュニケーションスキル', '問題解決能力', 'ストレスマネジメント', 'クレーム対応スキル'];
const T0 = Date.UTC(2026, 10, 1);

function todo(text: string, i: number, extra: Partial<SyncTodo> = {}): SyncTodo {
  const key = todoKey(text);
  const implicit = implicitStamp(T0);
  return {
    id: todoIdOf(key), key,
    text: { value: text, stamp: implicit }, done: { value: 0, stamp: implicit }, due: { value: null, stamp: implicit },
    del: { value: null, stamp: implicit },
    origin: { createdAt: T0, position: i, section: 'ケース1', quote: `${text}ことが大切です。後で振り返るときに役立ちます。` },
    ...extra,
  };
}

function seedArticle(): SyncArticle {
  return {
    id: 'a1xyz',
    head: { value: { url: 'https://example.com/advice/1', title: '電話を切られたときの対処法', lang: 'ja', career: 1, via: 'auto', capturedAt: T0 }, stamp: implicitStamp(T0) },
    del: { value: null, stamp: implicitStamp(T0) },
    todos: new Map(SEED.map((t, i) => [todoIdOf(todoKey(t)), todo(t, i)])),
  };
}

describe('the storage.sync record format', () => {
  it('round-trips an article exactly (quotes shortened to their first 100 characters)', () => {
    const clock = new HybridClock('r1x2y3', () => T0 + 5000);
    const article = seedArticle();
    const edited = article.todos.get(todoIdOf('記録を残す'))!;
    edited.text = { value: 'メモを取る', stamp: clock.next() };
    edited.done = { value: T0 + 6000, stamp: clock.next() };
    const trashed = article.todos.get(todoIdOf('冷静さを保つ'))!;
    trashed.del = { value: T0 + 7000, stamp: clock.next() };
    const gone = article.todos.get(todoIdOf('問題解決能力'))!;
    article.todos.set(gone.id, { id: gone.id, del: { value: PURGED, stamp: clock.next() } });
    const { items, unfit } = encodeArticle(article);
    expect(unfit).toEqual([]);
    const decoded = decodeStore(Object.fromEntries(items));
    expect(decoded.invalid).toBe(0);
    expect(canonical(decoded.articles.get('a1xyz'))).toBe(canonical(article));
  });

  it('is compact: the seed article with its 8 to-dos (quotes and sections included) takes under 1.7 KB, so 54 such articles fit', () => {
    const { bytes, items } = encodeArticle(seedArticle());
    expect(items).toHaveLength(1);
    expect(bytes).toBeLessThan(1700);
    expect(Math.floor(SYNC_BUDGET.bytes / bytes)).toBeGreaterThanOrEqual(54);
    // A to-do deleted for good is a tombstone of a few dozen bytes.
    const tomb = encodeArticle({ id: 'a1', del: { value: PURGED, stamp: implicitStamp(T0) + 'abcdef' }, todos: new Map() });
    expect(tomb.bytes).toBeLessThan(80);
    console.info(`sync record: seed article (8 to-dos) ${bytes} B; article tombstone ${tomb.bytes} B`);
  });
});
