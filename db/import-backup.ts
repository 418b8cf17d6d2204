import type { Backup, BackupArticle, BackupTodo } from '../lib/backup/backup-format';
import type { ActionableDB, ArticleRow, TodoRow } from './database';
import { searchLines } from './search-lines';

export interface ImportResult {
  articlesAdded: number;
  todosAdded: number;
  todosUpdated: number;
}

/**
 * When a row last changed, deletion included: deleting a whole article stamps its to-dos with
 * `deletedAt` only, so `updatedAt` alone would let an older backup bring them back.
 */
function lastChange(row: { updatedAt: number; deletedAt?: number }): number {
  return Math.max(row.updatedAt, row.deletedAt ?? 0);
}

/** The backup's row wins only when it changed strictly later: equal rows (a second import) stay put. */
function isNewer(incoming: { updatedAt: number; deletedAt?: number }, local: { updatedAt: number; deletedAt?: number }): boolean {
  return lastChange(incoming) > lastChange(local);
}

/** The unique `[articleId+key]` pair as one map key. */
const pairOf = (todo: Pick<TodoRow, 'articleId' | 'key'>) => `${todo.articleId}\u0000${todo.key}`;

/**
 * The database's rows and what the import does to them, in memory: the rows are read once (one
 * getAll per table) and written once each (bulk), because real IndexedDB charges per request and
 * a row-by-row merge of 10,000 to-dos cost three requests a row (issue 7, db.bulk_insert_ms_10000).
 * Rows are merged in file order against the state so far, exactly as one at a time would.
 */
class ImportPlan {
  readonly articles = new Map<string, ArticleRow>();
  readonly todosById = new Map<string, TodoRow>();
  readonly todosByPair = new Map<string, TodoRow>();
  readonly todosByArticle = new Map<string, Map<string, TodoRow>>();
  readonly newArticles = new Set<string>();
  readonly changedArticles = new Set<string>();
  readonly newTodos = new Set<string>();
  readonly changedTodos = new Set<string>();

  constructor(articles: readonly ArticleRow[], todos: readonly TodoRow[]) {
    for (const article of articles) this.articles.set(article.id, article);
    for (const todo of todos) this.keep(todo);
  }

  private keep(todo: TodoRow): void {
    const previous = this.todosById.get(todo.id);
    if (previous) {
      this.todosByPair.delete(pairOf(previous));
      this.todosByArticle.get(previous.articleId)?.delete(todo.id);
    }
    this.todosById.set(todo.id, todo);
    this.todosByPair.set(pairOf(todo), todo);
    const siblings = this.todosByArticle.get(todo.articleId) ?? new Map<string, TodoRow>();
    siblings.set(todo.id, todo);
    this.todosByArticle.set(todo.articleId, siblings);
  }

  mergeArticle(incoming: BackupArticle): 'added' | 'updated' | 'kept' {
    const local = this.articles.get(incoming.id);
    if (!local) {
      // The plan writes the file's rows as they are (parseBackup built them; nothing here mutates them).
      this.articles.set(incoming.id, incoming);
      this.newArticles.add(incoming.id);
      return 'added';
    }
    if (!isNewer(incoming, local)) return 'kept';
    // The file's row replaces the local one whole: a field it lacks (a trash time, the page last
    // read) is unset here too, as before. The search text, which no file carries, is rebuilt below.
    this.articles.set(incoming.id, incoming);
    this.changedArticles.add(incoming.id);
    return 'updated';
  }

  /**
   * A live to-do from the file whose article was trashed here after the to-do last changed goes to
   * the trash with it (stamped like deleteArticle does), so restoring the article brings it back.
   */
  private withArticleDeletion(todo: BackupTodo): BackupTodo {
    if (todo.deletedAt !== undefined) return todo;
    const deletedAt = this.articles.get(todo.articleId)?.deletedAt;
    return deletedAt !== undefined && deletedAt > todo.updatedAt ? { ...todo, deletedAt } : todo;
  }

  mergeTodo(incoming: BackupTodo): 'added' | 'updated' | 'kept' {
    // The same to-do is the same id, or (captured on two machines) the same text in the same article.
    const local = this.todosById.get(incoming.id) ?? this.todosByPair.get(pairOf(incoming));
    if (!local) {
      this.keep(this.withArticleDeletion(incoming));
      this.newTodos.add(incoming.id);
      return 'added';
    }
    if (!isNewer(incoming, local)) return 'kept';
    // Whole, as for articles; under the id it already has here (it may have matched by text).
    const merged = this.withArticleDeletion(incoming);
    this.keep(merged.id === local.id ? merged : { ...merged, id: local.id });
    if (!this.newTodos.has(local.id)) this.changedTodos.add(local.id);
    return 'updated';
  }

  /** An article's search text from its merged to-dos: derived, never taken from a file. */
  searchTextOf(articleId: string): string {
    return searchLines([...(this.todosByArticle.get(articleId)?.values() ?? [])]);
  }
}

/**
 * Merges a validated backup into the database, idempotently: rows are matched by id (to-dos also
 * by their unique article + text key), the later change wins, and a row deleted here after the
 * backup was made stays deleted. One transaction: a failure anywhere writes nothing.
 */
export async function importBackup(db: ActionableDB, backup: Pick<Backup, 'articles' | 'todos'>): Promise<ImportResult> {
  return db.transaction('rw', db.articles, db.todos, async () => {
    const plan = new ImportPlan(await db.articles.toArray(), await db.todos.toArray());
    const result: ImportResult = { articlesAdded: 0, todosAdded: 0, todosUpdated: 0 };
    const touched = new Set<string>();
    for (const article of backup.articles) {
      const outcome = plan.mergeArticle(article);
      if (outcome === 'added') result.articlesAdded += 1;
      if (outcome !== 'kept') touched.add(article.id);
    }
    for (const todo of backup.todos) {
      const outcome = plan.mergeTodo(todo);
      if (outcome === 'added') result.todosAdded += 1;
      if (outcome === 'updated') result.todosUpdated += 1;
      if (outcome !== 'kept') touched.add(todo.articleId);
    }
    const rows = (ids: Iterable<string>) => [...ids].map((id) => plan.todosById.get(id)!);
    // Changed rows first, and finished: a to-do whose key moved frees its [articleId+key] before a
    // new one takes it (a put reads the row first, so an add issued meanwhile could overtake it).
    if (plan.changedTodos.size) await db.todos.bulkPut(rows(plan.changedTodos));
    // IndexedDB charges per row written, and the browser works through the queued rows on its own
    // thread: the articles' search text is built meanwhile (after one turn, once the adds are sent)
    // and their rows queued behind the to-dos, rather than the page and the browser taking turns.
    const writes: Promise<unknown>[] = [];
    if (plan.newTodos.size) writes.push(db.todos.bulkAdd(rows(plan.newTodos)));
    await null;
    const fresh: ArticleRow[] = [];
    const rewritten: ArticleRow[] = [];
    for (const articleId of touched) {
      const article = plan.articles.get(articleId);
      if (!article) continue;
      (plan.newArticles.has(articleId) ? fresh : rewritten).push({ ...article, searchText: plan.searchTextOf(articleId) });
    }
    // An article whose row did not change gets its new search text through the same bulk write
    // (the row is the one read above, in this transaction).
    if (rewritten.length) writes.push(db.articles.bulkPut(rewritten));
    if (fresh.length) writes.push(db.articles.bulkAdd(fresh));
    // Any failure rejects the transaction's function, which aborts it: nothing is written.
    await Promise.all(writes);
    return result;
  });
}
