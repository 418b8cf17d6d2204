import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Transaction } from 'dexie';
import { HybridClock, implicitStamp, msOf, type Stamp } from '../lib/sync/hlc';
import { todoIdOf } from '../lib/sync/todo-id';
import type { ActionableDB } from './database';
import { ringSyncDoorbell } from './sync-doorbell';
import { ARTICLE_GROUPS, TODO_GROUPS, type SyncedArticleRow, type SyncedTodoRow, type TombstoneRow } from './sync-fields';

/**
 * Every local write reaches sync through these Dexie hooks, whichever db/ function made it and
 * in whichever extension page: an update that changes a synced field stamps that field's group
 * with this context's hybrid clock (later than the value it replaces), and a row deleted for
 * good leaves a tombstone. Writes that sync itself makes (merging another browser's changes) are
 * marked and left alone. Creating a row needs no stamp (its fields carry the implicit creation
 * stamp), only the doorbell: that is rung from a DBCore middleware, not a 'creating' hook, because
 * any 'creating' hook sends every `add` through Dexie's hook machinery (a write lock on the
 * transaction and work per row), which a 10,000-to-do restore paid for (issue 7).
 */

const MERGE = Symbol('sync-merge');

/** Marks a transaction as sync's own merge: the hooks then neither stamp nor keep tombstones. */
export function markSyncMerge(tx: Transaction): void {
  (tx as unknown as Record<symbol, boolean>)[MERGE] = true;
}

function isSyncMerge(tx: Transaction | undefined): boolean {
  for (let t: Transaction | undefined = tx; t; t = (t as { parent?: Transaction }).parent) {
    if ((t as unknown as Record<symbol, boolean>)[MERGE]) return true;
  }
  return false;
}

type Groups = Record<string, readonly string[]>;

/** Groups with a field whose value really changes (a missing field and `undefined` are the same). */
function changedGroups(groups: Groups, mods: Record<string, unknown>, row: object): string[] {
  const old = row as Record<string, unknown>;
  const changes = (f: string) => f in mods && JSON.stringify(mods[f]) !== JSON.stringify(old[f]);
  return Object.keys(groups).filter((g) => groups[g]!.some(changes));
}

/** New stamps for the changed groups; the others get their implicit stamp pinned. */
function restamp(clock: HybridClock, groups: Groups, changed: string[], old: Readonly<Partial<Record<string, Stamp>>> | undefined, created: number) {
  const stamps: Record<string, Stamp> = {};
  for (const g of Object.keys(groups)) {
    const previous = old?.[g] ?? implicitStamp(created);
    stamps[g] = changed.includes(g) ? clock.next(previous) : previous;
  }
  return stamps;
}

function latestOf(stamps: Readonly<Partial<Record<string, Stamp>>> | undefined, created: number): Stamp {
  return Object.values(stamps ?? {}).reduce<Stamp>((max, s) => (s && s > max ? s : max), implicitStamp(created));
}

/**
 * The stamp of a deletion for good. Emptying the trash only finishes a deletion decided when the
 * row was trashed, so it keeps the trash's stamp: a copy someone captured or restored elsewhere
 * after that moment still wins (the merge lets a purge beat a trash of the same stamp). A live row
 * deleted outright (Undo of a capture) is a new decision, stamped now.
 */
function purgeStamp(clock: HybridClock, deletedAt: number | undefined, stamps: Readonly<Partial<Record<string, Stamp>>> | undefined, created: number): Stamp {
  if (deletedAt !== undefined) return stamps?.r ?? implicitStamp(created);
  return clock.next(latestOf(stamps, created));
}

/** Tombstones go in the deleting transaction when it includes the table, else right after it. */
function keepTombstone(db: ActionableDB, tx: Transaction, tombstone: TombstoneRow): void {
  if (tx.storeNames.includes('syncTombstones')) {
    void tx.table('syncTombstones').put(tombstone);
    return;
  }
  tx.on('complete', () => void db.syncTombstones.put(tombstone).catch(() => undefined));
}

function ringAfter(tx: Transaction): void {
  const flagged = tx as unknown as { syncRing?: boolean };
  if (flagged.syncRing) return;
  flagged.syncRing = true;
  tx.on('complete', ringSyncDoorbell);
}

/**
 * A write that can create a row: an add, or a put that is not an update()/modify() of rows that
 * exist (those carry their changes, and the 'updating' hook rings only when a synced field changed,
 * so a reminder marking a to-do as shown wakes no sync round).
 */
function mayCreate(req: DBCoreMutateRequest): boolean {
  return req.type === 'add' || (req.type === 'put' && (req.upsert === true || !('changeSpec' in req || req.updates)));
}

/** Creating a row in a synced table, other than by sync's own merge, rings the doorbell after commit. */
function ringOnCreate(down: DBCore): DBCore {
  return {
    ...down,
    table(name: string): DBCoreTable {
      const table = down.table(name);
      if (name !== 'todos' && name !== 'articles') return table;
      return {
        ...table,
        mutate(req) {
          const tx = Dexie.currentTransaction as Transaction | null;
          if (tx && mayCreate(req) && !isSyncMerge(tx)) ringAfter(tx);
          return table.mutate(req);
        },
      };
    },
  };
}

export function installSyncStamps(db: ActionableDB, clock: HybridClock = new HybridClock()): void {
  db.todos.hook('updating', (mods, _key, obj, tx) => {
    if (isSyncMerge(tx)) return undefined;
    const row = obj as SyncedTodoRow;
    const changed = changedGroups(TODO_GROUPS, mods as Record<string, unknown>, row);
    if (!changed.length) return undefined;
    ringAfter(tx);
    return { syncClock: restamp(clock, TODO_GROUPS, changed, row.syncClock, row.createdAt) };
  });
  db.articles.hook('updating', (mods, _key, obj, tx) => {
    if (isSyncMerge(tx)) return undefined;
    const row = obj as SyncedArticleRow;
    const changed = changedGroups(ARTICLE_GROUPS, mods as Record<string, unknown>, row);
    if (!changed.length) return undefined;
    ringAfter(tx);
    // The clock of an article's groups starts at its first capture, whatever capturedAt becomes.
    return { syncClock: restamp(clock, ARTICLE_GROUPS, changed, row.syncClock, row.capturedAt) };
  });
  db.use({ stack: 'dbcore', name: 'SyncDoorbell', create: ringOnCreate });
  db.todos.hook('deleting', (_key, obj, tx) => {
    if (isSyncMerge(tx) || !obj) return;
    const row = obj as SyncedTodoRow;
    const stamp = purgeStamp(clock, row.deletedAt, row.syncClock, row.createdAt);
    keepTombstone(db, tx, { articleId: row.articleId, todoId: todoIdOf(row.key), stamp, at: msOf(stamp) });
    ringAfter(tx);
  });
  db.articles.hook('deleting', (_key, obj, tx) => {
    if (isSyncMerge(tx) || !obj) return;
    const row = obj as SyncedArticleRow;
    const stamp = purgeStamp(clock, row.deletedAt, row.syncClock, row.capturedAt);
    keepTombstone(db, tx, { articleId: row.id, todoId: '', stamp, at: msOf(stamp) });
    ringAfter(tx);
  });
}
