import { mergeArticle } from '../lib/sync/merge';
import { isArticleGone, PURGED, type SyncArticle, type SyncTodo } from '../lib/sync/record';
import { msOf } from '../lib/sync/hlc';
import { todoIdOf } from '../lib/sync/todo-id';
import { siteOf } from './article-id';
import type { ActionableDB } from './database';
import { reindexArticle } from './search-index';
import type { SyncedArticleRow, SyncedTodoRow, TombstoneRow } from './sync-fields';
import { readLocalArticle } from './sync-local';
import { markSyncMerge } from './sync-stamps';

/**
 * Writes merged records into Dexie, all in one transaction marked as sync's own (the hooks leave
 * it alone). Each article is merged once more with the rows as they are inside the transaction,
 * so an edit made in the popup while sync was reading is never overwritten. Only rows that
 * differ are written, so the popup's live queries see exactly what changed.
 */
export async function applyMerged(db: ActionableDB, records: readonly SyncArticle[], now = Date.now()): Promise<string[]> {
  if (!records.length) return [];
  return db.transaction('rw', db.articles, db.todos, db.syncTombstones, async (tx) => {
    markSyncMerge(tx);
    const changed: string[] = [];
    for (const incoming of records) {
      const local = await readLocalArticle(db, incoming.id);
      const merged = mergeArticle(local.record, incoming)!;
      if (await writeArticle(db, merged, local, now)) changed.push(merged.id);
    }
    return changed;
  });
}

type Local = Awaited<ReturnType<typeof readLocalArticle>>;

/** Key order does not matter: rows read back from IndexedDB keep whatever order they were written in. */
function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}

const same = (a: unknown, b: unknown) => stable(a) === stable(b);

async function writeArticle(db: ActionableDB, merged: SyncArticle, local: Local, now: number): Promise<boolean> {
  const tombstones: TombstoneRow[] = [];
  const bury = (todoId: string, stamp: string) => tombstones.push({ articleId: merged.id, todoId, stamp, at: msOf(stamp) });
  const hasTombstone = (todoId: string) => local.tombstones.some((t) => t.todoId === todoId);
  let changed = false;
  if (isArticleGone(merged)) {
    if (local.row) await db.articles.delete(merged.id);
    if (local.todos.length) await db.todos.bulkDelete(local.todos.map((t) => t.id));
    bury('', merged.del.stamp);
    for (const todo of merged.todos.values()) bury(todo.id, todo.del.stamp);
    await db.syncTombstones.bulkPut(tombstones);
    return Boolean(local.row || local.todos.length);
  }
  // A record with nothing to show (no article fields, no to-do) never makes a row here.
  const hasTodo = [...merged.todos.values()].some((t) => t.del.value !== PURGED && t.text);
  if (!merged.head && !local.row && !hasTodo) return false;
  const article = articleRow(merged, local.row, now);
  if (!local.row || !same(article, local.row)) {
    await db.articles.put(article);
    changed = true;
  }
  if (hasTombstone('')) await db.syncTombstones.delete([merged.id, '']);
  const rowsById = new Map(local.todos.map((row) => [todoIdOf(row.key), row]));
  let todosChanged = false;
  for (const todo of merged.todos.values()) {
    const row = rowsById.get(todo.id);
    if (todo.del.value === PURGED) {
      if (row) {
        await db.todos.delete(row.id);
        todosChanged = true;
      }
      if (!hasTombstone(todo.id) || row) bury(todo.id, todo.del.stamp);
      continue;
    }
    const next = todoRow(merged.id, todo, row, now);
    if (!next) continue;
    if (!row || !same(next, row)) {
      await db.todos.put(next);
      todosChanged = true;
    }
    if (hasTombstone(todo.id)) await db.syncTombstones.delete([merged.id, todo.id]);
  }
  if (tombstones.length) await db.syncTombstones.bulkPut(tombstones);
  if (todosChanged) await reindexArticle(db, merged.id);
  return changed || todosChanged;
}

function articleRow(merged: SyncArticle, row: SyncedArticleRow | undefined, now: number): SyncedArticleRow {
  const earliest = Math.min(now, ...[...merged.todos.values()].map((t) => t.origin?.createdAt ?? now));
  const head = merged.head?.value ?? { url: '', title: '', lang: '', career: 0 as const, via: 'manual' as const, capturedAt: earliest };
  // A purged article that still has a to-do added after the purge lives on (isArticleGone).
  const deletedAt = merged.del.value === null || merged.del.value === PURGED ? undefined : merged.del.value;
  const base: SyncedArticleRow = row ?? { id: merged.id, reasons: [], analysisMs: 0, updatedAt: now, ...head, site: '' };
  const next: SyncedArticleRow = { ...base, ...head, site: siteOf(head.url), syncClock: { h: merged.head?.stamp ?? '', r: merged.del.stamp } };
  if (deletedAt === undefined) delete next.deletedAt;
  else next.deletedAt = deletedAt;
  return next;
}

function todoRow(articleId: string, todo: SyncTodo, row: SyncedTodoRow | undefined, now: number): SyncedTodoRow | undefined {
  if (!todo.text || !todo.origin || todo.key === undefined) return undefined;
  const o = todo.origin;
  const done = todo.done?.value ?? 0;
  const next: SyncedTodoRow = {
    ...(row ?? { id: crypto.randomUUID(), updatedAt: now }),
    articleId,
    key: todo.key,
    text: todo.text.value,
    position: o.position,
    createdAt: o.createdAt,
    done: done ? 1 : 0,
    syncClock: { x: todo.text.stamp, d: todo.done?.stamp ?? '', u: todo.due?.stamp ?? '', r: todo.del.stamp },
  };
  const optional: [keyof SyncedTodoRow, unknown][] = [
    ['detail', o.detail],
    ['section', o.section],
    ['quote', o.quote],
    ['doneAt', done > 1 ? done : undefined],
    ['dueAt', todo.due?.value ?? undefined],
    ['deletedAt', todo.del.value ?? undefined],
  ];
  for (const [name, value] of optional) {
    if (value === undefined) delete next[name];
    else (next as unknown as Record<string, unknown>)[name] = value;
  }
  return next;
}
