import { type ExportGroup, isoDay } from './export-data';

const COLUMNS = ['article', 'url', 'site', 'todo', 'detail', 'section', 'done', 'due', 'created', 'done_at'] as const;
/** A byte-order mark, so spreadsheet programs open Japanese text as UTF-8. */
const BOM = '\uFEFF';
/** Cells a spreadsheet would run as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 cell: quoted when needed, and never a formula. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per to-do, with its article, URL, state and dates. */
export function toCsv(groups: readonly ExportGroup[]): string {
  const rows = [COLUMNS.join(',')];
  for (const { article, todos } of groups) {
    for (const todo of todos) {
      const cells = [
        article.title,
        article.url,
        article.site,
        todo.text,
        todo.detail ?? '',
        todo.section ?? '',
        todo.done ? 'yes' : 'no',
        isoDay(todo.dueAt),
        isoDay(todo.createdAt),
        isoDay(todo.doneAt),
      ];
      rows.push(cells.map(csvCell).join(','));
    }
  }
  return BOM + rows.join('\r\n') + '\r\n';
}
