import type { ArticleRow, TodoRow } from '../../db/database';

const DAY = 24 * 3600_000;
const T0 = Date.UTC(2026, 10, 20, 9, 30);

function article(id: string, title: string, url: string, capturedAt: number): ArticleRow {
  return { id, url, title, site: new URL(url).hostname, lang: 'ja', career: 1, via: 'auto', reasons: [], capturedAt, updatedAt: capturedAt, analysisMs: 4 };
}

function todo(id: string, articleId: string, position: number, text: string, extra: Partial<TodoRow> = {}): TodoRow {
  return { id, articleId, text, position, done: 0, createdAt: T0, updatedAt: T0, key: text, ...extra };
}

/** Two articles with Japanese, English and hostile text, a done to-do, a due date and a deleted one. */
export const ARTICLES: ArticleRow[] = [
  article('a1', '電話を途中で切られた…OLの正直な報告とキャリアを考える', 'https://column.example.jp/phone', T0),
  article('a2', 'How to [really] *ace* an interview', 'https://careers.example.com/ace?x=1&y=2', T0 + DAY),
];

export const TODOS: TodoRow[] = [
  todo('t1', 'a1', 0, '記録を残す', { detail: '日付、時間、相手の名前をメモに残しましょう。', section: 'ケース1', done: 1, doneAt: T0 + DAY }),
  todo('t2', 'a1', 1, '上司への報告', { dueAt: T0 + 2 * DAY }),
  todo('t3', 'a1', 2, '削除済み', { deletedAt: T0 }),
  todo('t4', 'a2', 0, 'Say "thank you", then follow up'),
  todo('t5', 'a2', 1, '<img src=x onerror=alert(1)> and =HYPERLINK("http://evil")'),
];

export const EXPORTED_AT = T0 + 3 * DAY;
