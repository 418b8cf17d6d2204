import type { Rows } from '../helpers/extension-rows';

/** A look at the extension's database from one of its own contexts (worker or page). */
export interface DbSnapshot {
  articles: { id: string; url: string; updatedAt: number; reasons: string[]; analysisMs: number }[];
  todos: { articleId: string; text: string; deleted: boolean }[];
}

/** The scenarios' view of raw rows (tests/helpers/extension-rows.ts): live articles, to-dos with their trash state. */
export function snapshotOf({ articles, todos }: Rows): DbSnapshot {
  return {
    articles: articles.filter((a) => a.deletedAt === undefined).map(({ id, url, updatedAt, reasons, analysisMs }) => ({ id, url, updatedAt, reasons, analysisMs })),
    todos: todos.map((t) => ({ articleId: t.articleId, text: t.text, deleted: t.deletedAt !== undefined })),
  };
}
