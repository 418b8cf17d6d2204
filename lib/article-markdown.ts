import type { ActionableDB, ArticleRow } from '../db/database';
import { groupForExport } from './export/export-data';
import { articleToMarkdown } from './export/to-markdown';

/**
 * One article's live to-dos (all of them, whatever the popup's filter shows) as a Markdown
 * checklist under `title` — the article's own title, or "My to-dos" for the user's own list.
 */
export async function articleMarkdown(db: ActionableDB, article: ArticleRow, title: string): Promise<string> {
  const todos = await db.todos.where('articleId').equals(article.id).toArray();
  const [group] = groupForExport([{ ...article, title }], todos);
  return group ? articleToMarkdown(group) : '';
}
