import { ARTICLE_SLACK, groupFrom, passes } from './article-group-rows';
import type { ActionableDB, ArticleRow, TodoRow } from './database';
import { NewestArticles } from './newest-articles';
import { searchTodos } from './search-todos';

/** Which to-dos the list shows. */
export type TodoFilter = 'open' | 'done' | 'all';

export interface ArticleGroup {
  article: ArticleRow;
  /** The to-dos shown (after the filter or search), in list order. */
  todos: TodoRow[];
  /** Over all the article's live to-dos, whatever is shown: the header's "3 / 8 done". */
  done: number;
  total: number;
}

export interface GroupPage {
  groups: ArticleGroup[];
  /** More articles may follow: the list offers to load them. */
  hasMore: boolean;
}

/** What the list shows besides the filter: to-dos checked off while the popup is open stay in sight. */
export interface ListOptions {
  filter?: TodoFilter;
  limit?: number;
  keep?: ReadonlySet<string>;
}

/**
 * All of one article's to-do rows: one getAll through the `articleId` part of the unique
 * `[articleId+key]` index; groupFrom keeps the live ones and sorts them by position (an article
 * holds a few dozen rows; an index kept only for this order cost a write per row, issue 7).
 */
function todosOf(db: ActionableDB, articleId: string): Promise<TodoRow[]> {
  return db.todos
    .where('articleId')
    .equals(articleId)
    .toArray();
}

async function groupOf(db: ActionableDB, article: ArticleRow, keep: (todo: TodoRow) => boolean): Promise<ArticleGroup> {
  return groupFrom(article, await todosOf(db, article.id), keep);
}

/**
 * Up to `limit` articles, newest first, each with its to-dos that pass the filter; articles with
 * none are skipped. Articles are read a batch at a time through the `capturedAt` index (one
 * getAll each) and only those articles' to-dos are read, so 500 articles cost no more than the
 * ones on screen: the popup's first screen is one read of articles and one per article shown.
 */
export async function listGroups(
  db: ActionableDB,
  { filter = 'open', limit = 20, keep }: ListOptions = {},
): Promise<GroupPage> {
  return db.transaction('r', db.articles, db.todos, async () => {
    const groups: ArticleGroup[] = [];
    let overflow = false;
    const newest = new NewestArticles(db, { first: limit + ARTICLE_SLACK, growth: 1 });
    while (groups.length < limit && !newest.done) {
      const articles = (await newest.next()).filter((a) => a.deletedAt === undefined);
      const built = await Promise.all(articles.map((a) => groupOf(db, a, (t) => passes(filter, t, keep))));
      for (const group of built) {
        if (!group.todos.length) continue;
        if (groups.length < limit) groups.push(group);
        else overflow = true;
      }
    }
    return { groups, hasMore: overflow || (await newest.hasMore()) };
  });
}

/** The to-dos matching a search (see searchTodos), grouped under their articles, newest first. */
export async function searchGroups(
  db: ActionableDB,
  query: string,
  { filter = 'all', limit, keep }: ListOptions = {},
): Promise<GroupPage> {
  return db.transaction('r', db.articles, db.todos, async () => {
    const found = (await searchTodos(db, query, { limit })).filter((t) => passes(filter, t, keep));
    const ids = new Set(found.map((t) => t.id));
    const articleIds = [...new Set(found.map((t) => t.articleId))];
    const articles = (await db.articles.bulkGet(articleIds)).filter((a): a is ArticleRow => a !== undefined);
    const groups = await Promise.all(articles.map((a) => groupOf(db, a, (t) => ids.has(t.id))));
    return { groups, hasMore: false };
  });
}

/** Whether there is any live to-do at all: no means first run (or everything deleted). */
export async function hasLiveTodos(db: ActionableDB): Promise<boolean> {
  return (await db.todos.filter((todo) => todo.deletedAt === undefined).first()) !== undefined;
}

/** Articles newest first with their live to-dos: the whole list, for tests and exports. */
export async function articleGroups(db: ActionableDB, limit = 50): Promise<ArticleGroup[]> {
  return (await listGroups(db, { filter: 'all', limit })).groups;
}
