import { afterEach } from 'vitest';
import { ActionableDB } from '../../db/database';
import { SyncEngine, type SyncReport } from '../../db/sync-engine';
import type { SyncBudget } from '../../lib/sync/quotas';
import { FakeSyncCloud, type FakeSyncArea } from './fake-sync-cloud';

/** A test clock for the engines and the fake's rate limits, starting at the real time. */
export class TestClock {
  t = Date.now();
  now = () => this.t;
  /** With `vi.useFakeTimers({ toFake: ['Date'] })`, the page-side clocks (Date.now) follow it too. */
  constructor(private readonly onAdvance?: (t: number) => void) {}
  advance(ms: number) {
    this.t += ms;
    this.onAdvance?.(this.t);
  }
}

export interface Replica {
  name: string;
  db: ActionableDB;
  area: FakeSyncArea;
  engine: SyncEngine;
  reports: SyncReport[];
}

let serial = 0;

/** `count` browsers, each its own Dexie on fake-indexeddb and its own storage.sync, one sync service. */
export function makeReplicas(count: number, options: { budget?: SyncBudget; onAdvance?: (t: number) => void } = {}) {
  const clock = new TestClock(options.onAdvance);
  const cloud = new FakeSyncCloud(clock.now);
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const db = new ActionableDB(`sync-test-${++serial}-${i}`);
    const area = cloud.area();
    replicas.push({ name: String.fromCharCode(65 + i), db, area, engine: new SyncEngine(db, area, { now: clock.now, budget: options.budget }), reports: [] });
  }
  return { clock, cloud, replicas };
}

/** One sync round on a replica (what its background does after a change). */
export async function syncRound(replica: Replica): Promise<SyncReport> {
  const report = await replica.engine.syncOnce();
  replica.reports.push(report);
  return report;
}

/**
 * Runs rounds and deliveries until nothing moves: every online replica synced, the service had
 * nothing to carry, no replica changed anything. Fails if that never happens.
 */
export async function settle(replicas: Replica[], cloud: FakeSyncCloud, clock: TestClock, maxRounds = 30): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    let activity = 0;
    for (const replica of replicas) {
      if (!replica.area.online) continue;
      const report = await syncRound(replica);
      activity += report.applied.length + report.written + report.removed;
      if (!report.ok && report.retryInMs) clock.advance(report.retryInMs);
    }
    activity += cloud.deliver();
    clock.advance(3_000);
    if (activity === 0) return round;
  }
  throw new Error(`replicas did not settle in ${maxRounds} rounds`);
}

/** What the user sees and owns, without what is local by nature (row ids, timings, search text, clocks). */
export async function userView(db: ActionableDB) {
  const [articles, todos] = await Promise.all([db.articles.toArray(), db.todos.toArray()]);
  return {
    articles: articles
      .map((a) => ({ id: a.id, url: a.url, title: a.title, lang: a.lang, career: a.career, via: a.via, capturedAt: a.capturedAt, deletedAt: a.deletedAt }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    todos: todos
      .map((t) => ({
        articleId: t.articleId, key: t.key, text: t.text, done: t.done, doneAt: t.doneAt, dueAt: t.dueAt, deletedAt: t.deletedAt,
        position: t.position, createdAt: t.createdAt, detail: t.detail, section: t.section,
      }))
      .sort((a, b) => (a.articleId + '\u0000' + a.key < b.articleId + '\u0000' + b.key ? -1 : 1)),
  };
}

/** `setup(count)` for a test file: fresh replicas per test, their databases deleted after it. */
export function replicasDeletedAfterEach(): (count: number) => ReturnType<typeof makeReplicas> {
  let open: Replica[] = [];
  afterEach(async () => {
    for (const r of open) await r.db.delete();
    open = [];
  });
  return (count) => {
    const world = makeReplicas(count);
    open = world.replicas;
    return world;
  };
}
