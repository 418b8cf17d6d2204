import { describe, expect, it } from 'vitest';
import { storeCapture } from '../../db/store-capture';
import { setDone } from '../../db/todos';
import { SYNC_BUDGET, SYNC_QUOTAS } from '../../lib/sync/quotas';
import { makeCapture } from '../helpers/capture-factory';
import { replicasDeletedAfterEach, settle, syncRound, type Replica } from './replicas';

const setup = replicasDeletedAfterEach();

/** A page with `n` to-dos of realistic length (Japanese, ~30 characters, a quote each). */
function page(i: number, n: number) {
  const texts = Array.from({ length: n }, (_, j) => `記事${i}の${j}番目：上司に相談する前に記録を残し、事実を時系列で整理する`);
  return makeCapture(texts, { url: `https://example.com/p/${i}`, canonicalUrl: `https://example.com/p/${i}`, title: `記事 ${i}` });
}

// Dozens of Dexie rounds per test: generous timeouts for a busy two-core machine.
describe('sync within storage.sync quotas', { timeout: 60_000 }, () => {
  it('when the list outgrows storage.sync, open to-dos and the newest articles sync first, and the rest is counted', async () => {
    const { clock, cloud, replicas } = setup(2);
    const [a, b] = replicas as [Replica, Replica];
    const ARTICLES = 60;
    const PER = 8;
    for (let i = 0; i < ARTICLES; i++) {
      clock.advance(1000);
      await storeCapture(a.db, page(i, PER), clock.now());
    }
    // The oldest ten articles are all checked off: they go last.
    for (const todo of await a.db.todos.toArray()) {
      if (Number(/記事(\d+)の/.exec(todo.text)![1]) < 10) await setDone(a.db, todo.id, true);
    }
    await settle(replicas, cloud, clock);
    const report = a.reports.at(-1)!;
    expect(report.ok).toBe(true);
    expect(report.unsyncedTodos).toBeGreaterThan(0);
    expect(report.syncedTodos + report.unsyncedTodos).toBe(ARTICLES * PER);
    expect(report.unsyncedArticles * PER).toBe(report.unsyncedTodos);
    expect(a.area.refused).toEqual([]);
    expect(cloud.bytes).toBeLessThanOrEqual(SYNC_BUDGET.bytes);
    expect(cloud.bytes).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES);
    // B holds exactly what synced: whole articles, none of the checked-off ones while open ones wait.
    expect(await b.db.todos.count()).toBe(report.syncedTodos);
    expect(await b.db.todos.filter((t) => t.done === 1).count()).toBe(0);
    const synced = new Set((await b.db.articles.toArray()).map((x) => Number(/記事 (\d+)/.exec(x.title)![1])));
    // Newest first: every synced article is newer than every open one left out.
    const leftOut = [...Array(ARTICLES).keys()].filter((i) => i >= 10 && !synced.has(i));
    expect(Math.min(...synced)).toBeGreaterThan(Math.max(...leftOut));
  });

  it('splits an article too large for one item across items, each within QUOTA_BYTES_PER_ITEM', async () => {
    const { clock, cloud, replicas } = setup(2);
    const [a, b] = replicas as [Replica, Replica];
    await storeCapture(a.db, page(1, 120));
    await settle(replicas, cloud, clock);
    const items = await a.area.get();
    const keys = Object.keys(items).filter((k) => k.startsWith('t.'));
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) expect(new TextEncoder().encode(key + JSON.stringify(items[key])).length).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM);
    expect(await b.db.todos.count()).toBe(120);
  });

  it('stays under the write-rate limits by itself: bursts wait instead of failing', async () => {
    const { clock, replicas } = setup(1);
    const [a] = replicas as [Replica];
    await storeCapture(a.db, page(1, 3));
    const todo = (await a.db.todos.toArray())[0]!;
    let waited = 0;
    for (let i = 0; i < 260; i++) {
      await setDone(a.db, todo.id, i % 2 === 0);
      const report = await syncRound(a);
      if (report.problem === 'rate') {
        waited++;
        expect(report.retryInMs).toBeGreaterThan(0);
      }
      clock.advance(100);
    }
    // 26 s of edits: the per-minute budget (100) ran out, nothing was refused by the browser.
    expect(waited).toBeGreaterThan(0);
    expect(a.area.refused).toEqual([]);
    expect(a.area.writeCount).toBeLessThanOrEqual(SYNC_BUDGET.writesPerMinute);
    clock.advance(61_000);
    const report = await syncRound(a);
    expect(report.ok).toBe(true);
    expect(report.written).toBe(1);
  });

  it('backs off after the browser refuses a write, then retries with a smaller plan', async () => {
    const { clock, replicas } = setup(1);
    const [a] = replicas as [Replica];
    await storeCapture(a.db, page(1, 3));
    const realSet = a.area.set.bind(a.area);
    let refusals = 2;
    a.area.set = async (items) => {
      if (refusals-- > 0) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    };
    const first = await syncRound(a);
    expect(first).toMatchObject({ ok: false, problem: 'quota', retryInMs: 10_000 });
    const second = await syncRound(a);
    expect(second).toMatchObject({ ok: false, problem: 'quota', retryInMs: 20_000 });
    clock.advance(20_000);
    const third = await syncRound(a);
    expect(third).toMatchObject({ ok: true, written: 1 });
    a.area.set = async () => {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    };
    await setDone(a.db, (await a.db.todos.toArray())[0]!.id, true);
    expect(await syncRound(a)).toMatchObject({ ok: false, problem: 'rate', retryInMs: 60_000 });
  });

  it('leaves storage.sync alone when another browser wrote a newer format', async () => {
    const { replicas } = setup(1);
    const [a] = replicas as [Replica];
    await storeCapture(a.db, page(1, 3));
    await a.area.set({ 't.a1': { v: 2, future: true } });
    const before = await a.area.get();
    const report = await syncRound(a);
    expect(report).toMatchObject({ ok: false, problem: 'newer-format' });
    expect(await a.area.get()).toEqual(before);
  });

  it('ignores records that do not check out, and never lets them into the database', async () => {
    const { replicas } = setup(1);
    const [a] = replicas as [Replica];
    await a.area.set({
      't.a1': { v: 1, n: 1, a: ['javascript:alert(1)', 'x', 'en', 1, 'auto', 1], as: '0000000001abc', rs: '0000000001abc', t: {} },
      't.a2': { v: 1, n: 1, rs: '0000000001abc', t: { zz: { x: 'Hi', p: 0, c: 1 } } },
    });
    const report = await syncRound(a);
    expect(report.ok).toBe(true);
    expect(await a.db.todos.count()).toBe(0);
    expect(await a.db.articles.count()).toBe(0);
  });
});

describe('echoes of its own writes', () => {
  it('tells its own writes coming back through storage.onChanged from another browser\'s', async () => {
    const { replicas } = setup(1);
    const [a] = replicas as [Replica];
    const seen: Record<string, { newValue?: unknown }>[] = [];
    a.area.onChanged((changes) => seen.push(changes));
    await storeCapture(a.db, page(1, 2));
    await syncRound(a);
    expect(seen).toHaveLength(1);
    expect(a.engine.isOwnEcho(seen[0]!)).toBe(true);
    const [key, change] = Object.entries(seen[0]!)[0]!;
    expect(a.engine.isOwnEcho({ [key]: { newValue: { ...(change.newValue as object), n: 2 } } })).toBe(false);
    expect(a.engine.isOwnEcho({ 't.other': { newValue: {} } })).toBe(false);
  });
});
