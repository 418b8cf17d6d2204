import type { Stamp } from './hlc';

/**
 * The sync model of one article and its to-dos, as every browser merges it (SYNC.md). Pure data:
 * built from Dexie rows (db/sync-local.ts) or decoded from storage.sync (lib/sync/codec.ts).
 */

/** A value and the stamp of the write that set it: the later stamp wins (lib/sync/merge.ts). */
export interface Field<T> {
  value: T;
  stamp: Stamp;
}

/** null: live; a time (ms, > 0): in the trash since then; PURGED: gone for good (a tombstone). */
export type Deletion = number | null;
export const PURGED = 0;

/** What a to-do was captured with. Set once; browsers agree on it by a fixed rule (merge.ts). */
export interface TodoOrigin {
  createdAt: number;
  position: number;
  detail?: string;
  section?: string;
  quote?: string;
}

/**
 * One to-do. `id` is a hash of its key (normalised captured text, unique per article), so the
 * same to-do captured in two browsers is the same record. A tombstone has only `del`.
 */
export interface SyncTodo {
  id: string;
  key?: string;
  text?: Field<string>;
  /** 0: open; otherwise when it was checked (1 when that is not known). */
  done?: Field<number>;
  due?: Field<number | null>;
  del: Field<Deletion>;
  origin?: TodoOrigin;
}

/** The article fields that sync (the rest — reasons, timings, the page last read — stay local). */
export interface ArticleHead {
  url: string;
  title: string;
  lang: string;
  career: 0 | 1;
  via: 'auto' | 'manual' | 'selection';
  capturedAt: number;
}

export interface SyncArticle {
  /** The article id: a hash of the canonical URL, the same in every browser. */
  id: string;
  /** Absent when only a tombstone is known here. */
  head?: Field<ArticleHead>;
  del: Field<Deletion>;
  todos: Map<string, SyncTodo>;
}

export function isPurged(del: Field<Deletion> | undefined): boolean {
  return del?.value === PURGED;
}

/** Live: not trashed, not purged. */
export function isLiveTodo(todo: SyncTodo): boolean {
  return todo.del.value === null;
}

export function isOpenTodo(todo: SyncTodo): boolean {
  return isLiveTodo(todo) && (todo.done?.value ?? 0) === 0;
}

/**
 * Whether the article itself is gone for good. A purged article that still has a to-do someone
 * added after the purge is not gone: the to-do needs its article, so the article lives on.
 */
export function isArticleGone(article: SyncArticle): boolean {
  return isPurged(article.del) && [...article.todos.values()].every((t) => isPurged(t.del));
}

/** A canonical text of a record: two records are the same exactly when these are equal. */
export function canonical(article: SyncArticle | undefined): string {
  if (!article) return '';
  const todos = [...article.todos.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify([article.id, article.head ?? null, article.del, todos.map(canonicalTodo)]);
}

function canonicalTodo(t: SyncTodo): unknown[] {
  return [t.id, t.key ?? null, t.text ?? null, t.done ?? null, t.due ?? null, t.del, t.origin ? canonicalOrigin(t.origin) : null];
}

function canonicalOrigin(o: TodoOrigin): unknown[] {
  return [o.createdAt, o.position, o.detail ?? null, o.section ?? null, o.quote ?? null];
}
