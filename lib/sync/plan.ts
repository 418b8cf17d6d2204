import { clockOf } from './hlc';
import { encodeArticle } from './codec';
import { SYNC_BUDGET, type SyncBudget } from './quotas';
import { isLiveTodo, isOpenTodo, isPurged, type SyncArticle } from './record';

/**
 * What goes into storage.sync when everything does not fit (SYNC.md). Every browser ranks the
 * same merged records the same way, so they agree on what syncs instead of pushing each other's
 * articles out in turn:
 *   0. deletions (tombstones only: tiny, and they keep deleted to-dos from coming back),
 *   1. articles with open to-dos, 2. articles with only checked to-dos, 3. the trash;
 * newest activity first within each, then by id. An article is in whole or not at all.
 */
function rank(article: SyncArticle): number {
  const todos = [...article.todos.values()];
  if (isPurged(article.del) && todos.every((t) => isPurged(t.del))) return 0;
  if (todos.some(isOpenTodo)) return 1;
  if (article.del.value === null && (todos.some(isLiveTodo) || todos.length === 0)) return 2;
  return 3;
}

/** The latest moment anything in the record changed: its newest stamp, or its capture. */
function activity(article: SyncArticle): number {
  let latest = Math.max(clockOf(article.del.stamp), article.head ? clockOf(article.head.stamp) : 0);
  for (const t of article.todos.values()) {
    for (const field of [t.text, t.done, t.due, t.del]) if (field) latest = Math.max(latest, clockOf(field.stamp));
  }
  return latest;
}

export function byPriority(a: SyncArticle, b: SyncArticle): number {
  return rank(a) - rank(b) || activity(b) - activity(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface SyncPlan {
  /** The items storage.sync should hold, by key. */
  items: Map<string, unknown>;
  bytes: number;
  /** Live to-dos (trash excluded) that are not in it, and the articles they belong to. */
  unsyncedTodos: number;
  unsyncedArticles: number;
  syncedTodos: number;
}

/** Fills the budget in priority order; an article that does not fit is skipped, smaller ones may still fit. */
export function planItems(articles: Iterable<SyncArticle>, budget: SyncBudget = SYNC_BUDGET): SyncPlan {
  const plan: SyncPlan = { items: new Map(), bytes: 0, unsyncedTodos: 0, unsyncedArticles: 0, syncedTodos: 0 };
  for (const article of [...articles].sort(byPriority)) {
    const live = [...article.todos.values()].filter(isLiveTodo);
    const encoded = encodeArticle(article, budget.itemBytes);
    const fits = plan.bytes + encoded.bytes <= budget.bytes && plan.items.size + encoded.items.length <= budget.items;
    if (!fits) {
      plan.unsyncedTodos += live.length;
      if (live.length) plan.unsyncedArticles += 1;
      continue;
    }
    for (const [key, value] of encoded.items) plan.items.set(key, value);
    plan.bytes += encoded.bytes;
    const unfit = encoded.unfit.filter(isLiveTodo).length;
    plan.unsyncedTodos += unfit;
    plan.syncedTodos += live.length - unfit;
  }
  return plan;
}
