import { implicitStamp } from '../lib/sync/hlc';
import { mergeArticle, mergeTodo } from '../lib/sync/merge';
import { PURGED, type ArticleHead, type Deletion, type SyncArticle, type SyncTodo } from '../lib/sync/record';
import { todoIdOf } from '../lib/sync/todo-id';
import type { ActionableDB } from './database';
import type { SyncedArticleRow, SyncedTodoRow, TombstoneRow } from './sync-fields';

/** The sync view of local rows (and tombstones): what this browser knows, in the merge's terms. */

/** A trash time as sync keeps it: always > 0 (PURGED is 0). */
function trashedAt(deletedAt: number | undefined): Deletion {
  return deletedAt === undefined ? null : Math.max(1, deletedAt);
}

export function todoFromRow(row: SyncedTodoRow): SyncTodo {
  const implicit = implicitStamp(row.createdAt);
  const clk = row.syncClock ?? {};
  const origin: SyncTodo['origin'] = { createdAt: row.createdAt, position: row.position };
  if (row.detail) origin.detail = row.detail;
  if (row.section) origin.section = row.section;
  if (row.quote) origin.quote = row.quote;
  return {
    id: todoIdOf(row.key),
    key: row.key,
    text: { value: row.text, stamp: clk.x ?? implicit },
    done: { value: row.done ? (row.doneAt ?? 1) : 0, stamp: clk.d ?? implicit },
    due: { value: row.dueAt ?? null, stamp: clk.u ?? implicit },
    del: { value: trashedAt(row.deletedAt), stamp: clk.r ?? implicit },
    origin,
  };
}

function headOf(row: SyncedArticleRow): ArticleHead {
  return { url: row.url, title: row.title, lang: row.lang, career: row.career, via: row.via, capturedAt: row.capturedAt };
}

export function articleFromRows(
  id: string,
  row: SyncedArticleRow | undefined,
  todos: readonly SyncedTodoRow[],
  tombstones: readonly TombstoneRow[],
): SyncArticle | undefined {
  if (!row && !todos.length && !tombstones.length) return undefined;
  const gone = tombstones.find((t) => t.todoId === '');
  let article: SyncArticle = { id, del: gone ? { value: PURGED, stamp: gone.stamp } : { value: null, stamp: '' }, todos: new Map() };
  if (row) {
    const implicit = implicitStamp(row.capturedAt);
    const own: SyncArticle = {
      id,
      head: { value: headOf(row), stamp: row.syncClock?.h ?? implicit },
      del: { value: trashedAt(row.deletedAt), stamp: row.syncClock?.r ?? implicit },
      todos: new Map(),
    };
    article = mergeArticle(article, own)!;
  }
  for (const todo of todos) {
    const synced = todoFromRow(todo);
    article.todos.set(synced.id, mergeTodo(article.todos.get(synced.id), synced)!);
  }
  for (const t of tombstones) {
    if (t.todoId === '') continue;
    const purged: SyncTodo = { id: t.todoId, del: { value: PURGED, stamp: t.stamp } };
    article.todos.set(t.todoId, mergeTodo(article.todos.get(t.todoId), purged)!);
  }
  return article;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Everything this browser knows, as sync records by article id (one read transaction). */
export async function readLocalRecords(db: ActionableDB): Promise<Map<string, SyncArticle>> {
  return db.transaction('r', db.articles, db.todos, db.syncTombstones, async () => {
    const [articles, todos, tombstones] = await Promise.all([db.articles.toArray(), db.todos.toArray(), db.syncTombstones.toArray()]);
    const todosBy = groupBy(todos as SyncedTodoRow[], (t) => t.articleId);
    const tombstonesBy = groupBy(tombstones, (t) => t.articleId);
    const rowsBy = new Map((articles as SyncedArticleRow[]).map((a) => [a.id, a]));
    const records = new Map<string, SyncArticle>();
    for (const id of new Set([...rowsBy.keys(), ...todosBy.keys(), ...tombstonesBy.keys()])) {
      const record = articleFromRows(id, rowsBy.get(id), todosBy.get(id) ?? [], tombstonesBy.get(id) ?? []);
      if (record) records.set(id, record);
    }
    return records;
  });
}

/** One article's rows and tombstones, read inside the caller's transaction. */
export async function readLocalArticle(db: ActionableDB, id: string) {
  const [row, todos, tombstones] = await Promise.all([
    db.articles.get(id) as Promise<SyncedArticleRow | undefined>,
    db.todos.where('articleId').equals(id).toArray() as Promise<SyncedTodoRow[]>,
    db.syncTombstones.where('[articleId+todoId]').between([id, ''], [id, '\uffff'], true, true).toArray(),
  ]);
  return { row, todos, tombstones, record: articleFromRows(id, row, todos, tombstones) };
}
