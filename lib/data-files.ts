import type { ActionableDB } from '../db/database';
import { importBackup, type ImportResult } from '../db/import-backup';
import { makeBackup } from './backup/backup-format';
import { parseBackup, type BackupProblem } from './backup/parse-backup';
import { applyBackupSettings, readBackupSettings } from './backup-settings';
import { groupForExport } from './export/export-data';
import { toCsv } from './export/to-csv';
import { toMarkdown } from './export/to-markdown';

export type ExportKind = 'md' | 'csv' | 'json';

const MIME: Record<ExportKind, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** actionable-YYYY-MM-DD.<ext>, the day in the user's own time zone (it names the user's file). */
export function exportFileName(kind: ExportKind, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `actionable-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${kind}`;
}

/** One export file's text and type, read from the database in one consistent snapshot. */
export async function exportFile(db: ActionableDB, kind: ExportKind, now = Date.now()): Promise<{ text: string; type: string }> {
  const [articles, todos] = await db.transaction('r', db.articles, db.todos, () =>
    Promise.all([db.articles.toArray(), db.todos.toArray()]),
  );
  if (kind === 'json') {
    // The backup is complete: trashed rows too, so a restore brings back the trash as well.
    const text = JSON.stringify(makeBackup(articles, todos, await readBackupSettings(), now), null, 1);
    return { text, type: MIME.json };
  }
  const groups = groupForExport(articles.filter((a) => a.deletedAt === undefined), todos);
  return { text: kind === 'md' ? toMarkdown(groups, now) : toCsv(groups), type: MIME[kind] };
}

export type ImportOutcome = ({ ok: true } & ImportResult) | { ok: false; message: string; problem: BackupProblem };

/** A backup file's text, checked whole before anything is written, then merged and its settings applied. */
export async function importBackupFile(db: ActionableDB, raw: string): Promise<ImportOutcome> {
  const parsed = parseBackup(raw);
  if (!parsed.ok) return parsed;
  const result = await importBackup(db, parsed.backup);
  await applyBackupSettings(parsed.backup.settings);
  return { ok: true, ...result };
}
