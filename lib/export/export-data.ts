import type { ArticleRow, TodoRow } from '../../db/database';

/** What every export format is made from: live articles, each with its live to-dos in order. */
export interface ExportGroup {
  article: ArticleRow;
  todos: TodoRow[];
}

/** Groups rows for export: newest article first, to-dos in article order, deleted ones left out. */
export function groupForExport(articles: readonly ArticleRow[], todos: readonly TodoRow[]): ExportGroup[] {
  const byArticle = new Map<string, TodoRow[]>();
  for (const todo of todos) {
    if (todo.deletedAt !== undefined) continue;
    const list = byArticle.get(todo.articleId) ?? [];
    list.push(todo);
    byArticle.set(todo.articleId, list);
  }
  return [...articles]
    .sort((a, b) => b.capturedAt - a.capturedAt)
    .map((article) => ({ article, todos: (byArticle.get(article.id) ?? []).sort((a, b) => a.position - b.position) }))
    .filter((group) => group.todos.length > 0);
}

/** A date as YYYY-MM-DD in UTC, so exports read the same wherever they are made. */
export function isoDay(time: number | undefined): string {
  return time === undefined ? '' : new Date(time).toISOString().slice(0, 10);
}
