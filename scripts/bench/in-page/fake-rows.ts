import { articleIdFor, siteOf } from '../../../db/article-id';
import type { ArticleRow, TodoRow } from '../../../db/database';
import { searchLines } from '../../../db/search-lines';
import { articleRow, freshTodos } from '../../../db/store-capture';
import { todoKey } from '../../../db/todo-key';
import type { PageCapture } from '../../../lib/protocol';

// Realistic Japanese career to-dos: whom/what × what to do with it, varied per article.
const OBJECTS = [
  '上司', '同僚', '取引先', '面接', '履歴書', '職務経歴書', '残業時間', '年収', 'キャリアプラン', '有給休暇',
  '社内規定', '通話記録', '議事録', '評価面談', '退職届', '引き継ぎ資料', '自己分析', '志望動機', '業務日報', '研修',
];
const ACTIONS = [
  'に報告する', 'を確認する', 'を記録に残す', 'と相談する', 'の準備をする', 'を見直す', 'を整理する', 'を書き出す',
  'の期限を決める', 'をメモする', 'を共有する', 'を調べる', 'に感謝を伝える', 'を一覧にする', 'を振り返る',
];

/** The i-th of an article's to-do texts: distinct within an article, varied across articles. */
export function todoText(article: number, i: number): string {
  const object = OBJECTS[(article * 7 + i * 3) % OBJECTS.length]!;
  const action = ACTIONS[(article * 5 + i) % ACTIONS.length]!;
  return `${object}${action}（${i + 1}）`;
}

function articleUrl(article: number): string {
  return `https://bench.example/articles/${article}`;
}

/** A capture of `items` Japanese to-dos for article number `article`, as the content script sends it. */
export function fakeCapture(article: number, items: number): PageCapture {
  return {
    url: articleUrl(article),
    canonicalUrl: articleUrl(article),
    title: `ベンチマーク記事 ${article}：仕事で使える${items}のコツ`,
    lang: 'ja',
    isAdvice: true,
    career: true,
    reasons: ['bench'],
    analysisMs: 1,
    via: 'auto',
    items: Array.from({ length: items }, (_, i) => ({
      text: todoText(article, i),
      detail: '日付、時間、相手の名前、内容などを具体的に書いておきましょう。',
      section: `ポイント${i + 1}`,
      quote: `${todoText(article, i)}ことが大切です。`,
      position: i,
    })),
  };
}

/**
 * Rows for `articles` articles with `perArticle` to-dos each, shaped as db/store-capture.ts writes
 * them (the article's `searchText` included), newest article first by `capturedAt`.
 */
export function fakeRows(articles: number, perArticle: number, now: number): { articles: ArticleRow[]; todos: TodoRow[] } {
  const articleRows: ArticleRow[] = [];
  const todoRows: TodoRow[] = [];
  for (let a = 0; a < articles; a++) {
    const url = articleUrl(a);
    const id = articleIdFor(url);
    const at = now - a * 60_000;
    const todos: TodoRow[] = Array.from({ length: perArticle }, (_, i) => {
      const text = todoText(a, i);
      return { id: `${id}-${i}`, articleId: id, text, position: i, done: i % 4 === 0 ? 1 : 0, createdAt: at, updatedAt: at, key: todoKey(text) };
    });
    todoRows.push(...todos);
    articleRows.push({
      id, url, title: `ベンチマーク記事 ${a}`, site: siteOf(url), lang: 'ja', career: 1, via: 'auto', reasons: ['bench'],
      capturedAt: at, updatedAt: at, analysisMs: 1, searchText: searchLines(todos),
    });
  }
  return { articles: articleRows, todos: todoRows };
}

/**
 * The rows storeCapture writes for `capture` as a new article, built by its own row builders
 * (db/store-capture.ts): the article with its search text, and its to-dos. The bench's bare
 * reference writes these.
 */
export function captureRows(capture: PageCapture, now: number): { article: ArticleRow; todos: TodoRow[] } {
  const url = capture.canonicalUrl || capture.url;
  const articleId = articleIdFor(url);
  const todos = freshTodos(capture, articleId, [], false, now);
  const article: ArticleRow = { ...articleRow(capture, articleId, url, undefined, now), searchText: searchLines(todos) };
  return { article, todos };
}
