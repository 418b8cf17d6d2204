import type { ArticleRow, TodoRow } from '../../db/database';

/** Names the file as ours, so a random JSON file is refused with a clear message. */
export const BACKUP_FORMAT = 'actionable-backup';
/** Bumped whenever the shape below changes; older versions get a migration, newer are refused. */
export const BACKUP_VERSION = 1;
/** A backup of a huge list is a few MB; anything far larger is not one of ours. */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;
/** Far beyond any real list (the popup is designed for 5,000 to-dos). */
export const MAX_BACKUP_TODOS = 100_000;
export const MAX_BACKUP_ARTICLES = 20_000;

/** The articles and to-dos as stored, without derived fields (search text is rebuilt on import). */
export type BackupArticle = Omit<ArticleRow, 'searchText'>;
export type BackupTodo = TodoRow;

/** A complete, versioned backup: the list and the settings. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: BackupArticle[];
  todos: BackupTodo[];
  /** Setting name → value, as the settings module reads and writes them. */
  settings: Record<string, unknown>;
}

export function makeBackup(
  articles: readonly ArticleRow[],
  todos: readonly TodoRow[],
  settings: Record<string, unknown>,
  now = Date.now(),
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: articles.map(({ searchText: _derived, ...article }) => article),
    todos: [...todos],
    settings,
  };
}
