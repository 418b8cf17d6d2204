import type { TodoRow } from './database';
import { searchText } from './search-text';

/** Separates a to-do's id from its searchable text in an article's `searchText`. */
export const SEARCH_ID_SEPARATOR = '\t';

/**
 * An article's `searchText` from its to-dos: one `id<TAB>text` line per live to-do, in list
 * order. searchText() collapses whitespace, so a query can never span a tab or a line break.
 */
export function searchLines(todos: readonly TodoRow[]): string {
  return todos
    .filter((todo) => todo.deletedAt === undefined)
    .sort((a, b) => a.position - b.position)
    .map((todo) => `${todo.id}${SEARCH_ID_SEPARATOR}${searchText(todo.text)}`)
    .join('\n');
}

/** The ids of the lines in `lines` whose text contains `query` (already searchText()-ed). */
export function matchingIds(lines: string, query: string): string[] {
  const ids: string[] = [];
  // Cheap whole-blob test first: most articles do not match at all.
  if (!lines.includes(query)) return ids;
  for (const line of lines.split('\n')) {
    const tab = line.indexOf(SEARCH_ID_SEPARATOR);
    if (tab > 0 && line.includes(query, tab + 1)) ids.push(line.slice(0, tab));
  }
  return ids;
}
