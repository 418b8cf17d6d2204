import { todoKey } from '../../db/todo-key';
import { implicitStamp, isStamp, type Stamp } from './hlc';
import { SYNC_BUDGET, utf8Bytes } from './quotas';
import { PURGED, type ArticleHead, type Deletion, type SyncArticle, type SyncTodo } from './record';
import { todoIdOf } from './todo-id';

/**
 * The storage.sync record format, version 1 (SYNC.md has the full table). One article is one
 * item `t.<articleId>`, continued in `t.<articleId>.<n>` when its to-dos outgrow an item:
 *
 *   { v: 1, n: chunks, a: [url, title, lang, career, via, capturedAt], as: stamp,
 *     r: deletion, rs: stamp, t: { <todoId>: todo } }            (continuations: { v: 1, t })
 *   todo      = { x: text, k?: key, p: position, c: createdAt, e?: detail, s?: section,
 *                 q?: quote, d?: doneAt, u?: dueAt, r?: trashedAt, h?: [xs, ds, us, rs] }
 *   tombstone = { z: stamp }
 *
 * Short names because every byte counts against ~100 KB. A stamp equal to the to-do's implicit
 * one (its creation: nobody edited the field) is written as ''; `k` only when the key is not the
 * text's own key (after an edit); absent optional fields mean empty. Everything read back is
 * untrusted (another browser, another version): it is checked field by field, and a record that
 * does not check out is ignored, never half-applied.
 */
export const FORMAT_VERSION = 1;
export const ITEM_PREFIX = 't.';

/** Captured extras are shortened in sync records (the full text stays where it was captured). */
const DETAIL_CHARS = 200;
const SECTION_CHARS = 80;
/** A prefix of the sentence still finds it as a text fragment (#:~:text=). */
const QUOTE_CHARS = 100;
/** Bytes an item's key and `n` may take beyond the value's JSON, reserved when filling chunks. */
const CHUNK_RESERVE = 48;

const VIAS = new Set(['auto', 'manual', 'selection']);
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,40}$/;
const TODO_ID = /^[0-9a-z]{1,12}$/;

type Json = Record<string, unknown>;

export function itemKey(articleId: string, chunk: number): string {
  return chunk === 0 ? `${ITEM_PREFIX}${articleId}` : `${ITEM_PREFIX}${articleId}.${chunk}`;
}

function cut(text: string | undefined, max: number): string | undefined {
  return text === undefined || text === '' ? undefined : text.slice(0, max);
}

function encodeTodo(todo: SyncTodo): Json | undefined {
  if (todo.del.value === PURGED) return { z: todo.del.stamp };
  if (!todo.text || !todo.origin || todo.key === undefined) return undefined;
  const o = todo.origin;
  const implicit = implicitStamp(o.createdAt);
  const rec: Json = { x: todo.text.value, p: o.position, c: o.createdAt };
  if (todoKey(todo.text.value) !== todo.key) rec.k = todo.key;
  const extras: [string, string | undefined][] = [['e', cut(o.detail, DETAIL_CHARS)], ['s', cut(o.section, SECTION_CHARS)], ['q', cut(o.quote, QUOTE_CHARS)]];
  for (const [name, value] of extras) if (value !== undefined) rec[name] = value;
  if (todo.done && todo.done.value !== 0) rec.d = todo.done.value;
  if (todo.due && todo.due.value !== null) rec.u = todo.due.value;
  if (todo.del.value !== null) rec.r = todo.del.value;
  const stamps = [todo.text.stamp, todo.done?.stamp, todo.due?.stamp, todo.del.stamp].map((s) => (!s || s === implicit ? '' : s));
  while (stamps.length && stamps[stamps.length - 1] === '') stamps.pop();
  if (stamps.length) rec.h = stamps;
  return rec;
}

function encodeHead(article: SyncArticle): Json {
  const out: Json = { v: FORMAT_VERSION, n: 1 };
  if (article.head) {
    const h = article.head.value;
    out.a = [h.url, h.title, h.lang, h.career, h.via, h.capturedAt];
    out.as = article.head.stamp;
  }
  if (article.del.value !== null) out.r = article.del.value;
  out.rs = article.del.stamp;
  return out;
}

export interface EncodedArticle {
  items: [key: string, value: Json][];
  bytes: number;
  /** To-dos too large for any item (a very long text): left out, and counted as not synced. */
  unfit: SyncTodo[];
}

/** An article as storage.sync items, each within the per-item budget, to-dos in id order. */
export function encodeArticle(article: SyncArticle, itemLimit: number = SYNC_BUDGET.itemBytes): EncodedArticle {
  const head = encodeHead(article);
  const chunks: { todos: Json; bytes: number }[] = [];
  const base0 = utf8Bytes(JSON.stringify({ ...head, t: {} })) + CHUNK_RESERVE;
  const baseN = utf8Bytes(JSON.stringify({ v: FORMAT_VERSION, t: {} })) + CHUNK_RESERVE;
  let current = { todos: {} as Json, bytes: base0 };
  const unfit: SyncTodo[] = [];
  for (const todo of [...article.todos.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const rec = encodeTodo(todo);
    if (!rec) continue;
    const size = utf8Bytes(JSON.stringify(todo.id) + ':' + JSON.stringify(rec)) + 1;
    if (baseN + size > itemLimit) {
      unfit.push(todo);
      continue;
    }
    if (current.bytes + size > itemLimit) {
      chunks.push(current);
      current = { todos: {}, bytes: baseN };
    }
    current.todos[todo.id] = rec;
    current.bytes += size;
  }
  chunks.push(current);
  head.n = chunks.length;
  const items = chunks.map((chunk, i): [string, Json] => [
    itemKey(article.id, i),
    i === 0 ? { ...head, t: chunk.todos } : { v: FORMAT_VERSION, t: chunk.todos },
  ]);
  const bytes = items.reduce((sum, [key, value]) => sum + utf8Bytes(key) + utf8Bytes(JSON.stringify(value)), 0);
  return { items, bytes, unfit };
}

// ---- decoding: untrusted input ----

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const optText = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

function stampOr(value: unknown, implicit: Stamp): Stamp | null {
  if (value === undefined || value === '') return implicit;
  return isStamp(value) ? value : null;
}

function decodeDeletion(v: unknown): Deletion | undefined {
  if (v === undefined) return null;
  return isTime(v) ? v : undefined;
}

function decodeTodo(id: string, rec: unknown): SyncTodo | null {
  if (!TODO_ID.test(id) || !isObject(rec)) return null;
  if (rec.z !== undefined) return isStamp(rec.z) ? { id, del: { value: PURGED, stamp: rec.z } } : null;
  const { x, k, p, c, e, s, q, d, u, r } = rec;
  if (typeof x !== 'string' || !optText(k) || !isTime(c) || typeof p !== 'number' || !Number.isFinite(p)) return null;
  if (!optText(e) || !optText(s) || !optText(q)) return null;
  if ((d !== undefined && !isTime(d)) || (u !== undefined && !isTime(u))) return null;
  const del = decodeDeletion(r);
  if (del === undefined || del === PURGED) return null;
  const key = k ?? todoKey(x);
  if (todoIdOf(key) !== id) return null;
  const h = rec.h === undefined ? [] : rec.h;
  if (!Array.isArray(h) || h.length > 4) return null;
  const implicit = implicitStamp(c);
  const stamps = [0, 1, 2, 3].map((i) => stampOr(h[i], implicit));
  if (stamps.some((st) => st === null)) return null;
  const [xs, ds, us, rs] = stamps as Stamp[];
  const origin = { createdAt: c, position: p, ...(e ? { detail: e } : {}), ...(s ? { section: s } : {}), ...(q ? { quote: q } : {}) };
  return {
    id,
    key,
    text: { value: x, stamp: xs! },
    done: { value: d ?? 0, stamp: ds! },
    due: { value: u ?? null, stamp: us! },
    del: { value: del, stamp: rs! },
    origin,
  };
}

function decodeHead(a: unknown, stamp: unknown): SyncArticle['head'] | null {
  if (a === undefined) return undefined;
  if (!Array.isArray(a) || a.length !== 6 || !isStamp(stamp)) return null;
  const [url, title, lang, career, via, capturedAt] = a;
  if (typeof url !== 'string' || typeof title !== 'string' || typeof lang !== 'string') return null;
  // Only web pages are ever captured ("My to-dos" has no address): anything else is not ours.
  if (url !== '' && !/^https?:\/\//i.test(url)) return null;
  if ((career !== 0 && career !== 1) || typeof via !== 'string' || !VIAS.has(via) || !isTime(capturedAt)) return null;
  const value: ArticleHead = { url, title, lang, career, via: via as ArticleHead['via'], capturedAt };
  return { value, stamp };
}

export interface DecodedStore {
  articles: Map<string, SyncArticle>;
  /** An item written by a newer Actionable: this one must not touch the store (SYNC.md). */
  newerFormat: boolean;
  /** Our items that did not check out; left alone until our own write replaces them. */
  invalid: number;
}

/** Reads every `t.` item of storage.sync back into articles; everything else is not ours. */
export function decodeStore(raw: Readonly<Record<string, unknown>>): DecodedStore {
  const articles = new Map<string, SyncArticle>();
  let newerFormat = false;
  let invalid = 0;
  const heads = Object.keys(raw).filter((key) => key.startsWith(ITEM_PREFIX) && !key.slice(ITEM_PREFIX.length).includes('.'));
  for (const key of heads) {
    const id = key.slice(ITEM_PREFIX.length);
    const value = raw[key];
    if (isObject(value) && typeof value.v === 'number' && value.v > FORMAT_VERSION) {
      newerFormat = true;
      continue;
    }
    const head = isObject(value) ? decodeHead(value.a, value.as) : null;
    const del = isObject(value) ? decodeDeletion(value.r) : undefined;
    const n = isObject(value) ? value.n : undefined;
    if (!ARTICLE_ID.test(id) || !isObject(value) || value.v !== FORMAT_VERSION || head === null || del === undefined || !isStamp(value.rs)) {
      invalid++;
      continue;
    }
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1 || n > SYNC_BUDGET.items) {
      invalid++;
      continue;
    }
    const todos = new Map<string, SyncTodo>();
    for (let chunk = 0; chunk < n; chunk++) {
      const part = chunk === 0 ? value : raw[itemKey(id, chunk)];
      if (!isObject(part) || !isObject(part.t)) continue;
      for (const [todoId, rec] of Object.entries(part.t)) {
        const todo = decodeTodo(todoId, rec);
        if (todo) todos.set(todoId, todo);
        else invalid++;
      }
    }
    articles.set(id, { id, ...(head ? { head } : {}), del: { value: del, stamp: value.rs }, todos });
  }
  return { articles, newerFormat, invalid };
}
