import type { ActionableDB, ArticleRow, TodoRow } from './database';

export interface ArticleGroup {
  article: ArticleRow;
  todos: TodoRow[];
}

/** Articles newest first, each with its live (not deleted) to-dos in article order. */
export async function articleGroups(db: ActionableDB, limit = 50): Promise<ArticleGroup[]> {
  const articles = await db.articles.orderBy('capturedAt').reverse().limit(limit).toArray();
  const todos = await db.todos
    .where('articleId')
    .anyOf(articles.map((a) => a.id))
    .filter((t) => t.deletedAt === undefined)
    .toArray();
  const byArticle = new Map<string, TodoRow[]>();
  for (const todo of todos) {
    const list = byArticle.get(todo.articleId) ?? [];
    list.push(todo);
    byArticle.set(todo.articleId, list);
  }
  return articles
    .map((article) => ({
      article,
      todos: (byArticle.get(article.id) ?? []).sort((a, b) => a.position - b.position),
    }))
    .filter((group) => group.todos.length > 0);
}
