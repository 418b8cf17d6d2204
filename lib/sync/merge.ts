import type { Stamp } from './hlc';
import { msOf } from './hlc';
import { isArticleGone, isPurged, PURGED, type Deletion, type Field, type SyncArticle, type SyncTodo, type TodoOrigin } from './record';

/**
 * The merge every browser runs (SYNC.md). Per field, the later stamp wins; equal stamps (only
 * possible for fields nobody edited) fall back to comparing the values, so the result never
 * depends on which browser merges or in what order: merge is commutative, associative and
 * idempotent, and all browsers that have seen the same writes hold the same records.
 */

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The winning field: later stamp, then the larger value (as JSON). An absent field always loses. */
export function pickField<T>(a: Field<T> | undefined, b: Field<T> | undefined): Field<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  const byStamp = compareText(a.stamp, b.stamp);
  if (byStamp !== 0) return byStamp > 0 ? a : b;
  return compareText(JSON.stringify(a.value), JSON.stringify(b.value)) >= 0 ? a : b;
}

/** The longer text (a copy may carry a shortened one), then the larger: a fixed rule, no stamps. */
function longest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return compareText(a, b) >= 0 ? a : b;
}

/** What a to-do was captured with: the earliest capture's time and place, the fullest texts. */
function mergeOrigin(a: TodoOrigin | undefined, b: TodoOrigin | undefined): TodoOrigin | undefined {
  if (!a) return b;
  if (!b) return a;
  const first = a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? a : b) : a.position <= b.position ? a : b;
  const merged: TodoOrigin = { createdAt: first.createdAt, position: first.position };
  const detail = longest(a.detail, b.detail);
  const section = longest(a.section, b.section);
  const quote = longest(a.quote, b.quote);
  if (detail !== undefined) merged.detail = detail;
  if (section !== undefined) merged.section = section;
  if (quote !== undefined) merged.quote = quote;
  return merged;
}

/**
 * The deletion field: as pickField, except that at the same stamp "gone for good" beats "in the
 * trash" — emptying the trash keeps the stamp of the deletion it finishes (db/sync-stamps.ts).
 */
export function pickDeletion(a: Field<Deletion>, b: Field<Deletion>): Field<Deletion> {
  if (a.stamp === b.stamp && a.value !== b.value && (a.value === PURGED || b.value === PURGED)) {
    return a.value === PURGED ? a : b;
  }
  return pickField(a, b)!;
}

export function mergeTodo(a: SyncTodo | undefined, b: SyncTodo | undefined): SyncTodo | undefined {
  if (!a) return b;
  if (!b) return a;
  const merged: SyncTodo = { id: a.id, del: pickDeletion(a.del, b.del) };
  const key = a.key ?? b.key;
  if (key !== undefined) merged.key = key;
  const text = pickField(a.text, b.text);
  const done = pickField(a.done, b.done);
  const due = pickField(a.due, b.due);
  const origin = mergeOrigin(a.origin, b.origin);
  if (text) merged.text = text;
  if (done) merged.done = done;
  if (due) merged.due = due;
  if (origin) merged.origin = origin;
  return merged;
}

export function mergeArticle(a: SyncArticle | undefined, b: SyncArticle | undefined): SyncArticle | undefined {
  if (!a) return b;
  if (!b) return a;
  const todos = new Map<string, SyncTodo>();
  for (const id of new Set([...a.todos.keys(), ...b.todos.keys()])) todos.set(id, mergeTodo(a.todos.get(id), b.todos.get(id))!);
  const merged: SyncArticle = { id: a.id, del: pickDeletion(a.del, b.del), todos };
  const head = pickField(a.head, b.head);
  if (head) merged.head = head;
  return merged;
}

/** How long a tombstone (a to-do or article deleted for good) is kept: see SYNC.md's limits. */
export const TOMBSTONE_TTL_MS = 60 * 24 * 60 * 60 * 1000;

function expired(stamp: Stamp, now: number): boolean {
  return msOf(stamp) < now - TOMBSTONE_TTL_MS;
}

/**
 * Drops tombstones older than TOMBSTONE_TTL_MS; undefined when nothing of the article is left.
 * A browser offline for longer than that may bring such a to-do back (SYNC.md).
 */
export function pruneTombstones(article: SyncArticle, now: number): SyncArticle | undefined {
  const todos = new Map([...article.todos].filter(([, t]) => !(isPurged(t.del) && expired(t.del.stamp, now))));
  const pruned: SyncArticle = { ...article, todos };
  if (isArticleGone(pruned) && expired(article.del.stamp, now) && todos.size === 0) return undefined;
  return pruned;
}
