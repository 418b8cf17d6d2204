import { useState } from 'preact/hooks';
import { db } from '../db/database';
import { MAX_BACKUP_BYTES } from '../lib/backup/backup-format';
import type { BackupProblem } from '../lib/backup/parse-backup';
import { importBackupFile } from '../lib/data-files';
import { OPTIONS } from '../lib/strings/options';

type Status = { kind: 'idle' | 'busy' | 'ok' | 'error'; text: string };

/** Why the file was refused, in the interface language. */
function problemText(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return OPTIONS.tooLarge(problem.mb);
    case 'foreignName':
      return OPTIONS.foreignName(problem.name);
    case 'newerVersion':
      return OPTIONS.newerVersion(problem.version);
    case 'unsupportedVersion':
      return OPTIONS.unsupportedVersion(problem.version);
    case 'damaged':
      return OPTIONS.damaged(problem.field, OPTIONS.damage[problem.fault](problem.max ?? 0));
    case 'notJson':
      return OPTIONS.notJson;
    case 'notBackup':
      return OPTIONS.notBackup;
    case 'badVersion':
      return OPTIONS.badVersion(problem.shown);
  }
}

async function importFrom(file: File): Promise<Status> {
  // Refused before reading: a huge file would only be read to be refused.
  if (file.size > MAX_BACKUP_BYTES) {
    return { kind: 'error', text: OPTIONS.importFailed(OPTIONS.tooLarge(MAX_BACKUP_BYTES / 1024 / 1024)) };
  }
  try {
    const outcome = await importBackupFile(db, await file.text());
    if (!outcome.ok) return { kind: 'error', text: OPTIONS.importFailed(problemText(outcome.problem)) };
    return { kind: 'ok', text: OPTIONS.imported(outcome.todosAdded, outcome.todosUpdated) };
  } catch (error) {
    console.error('Actionable: import failed', error);
    return { kind: 'error', text: OPTIONS.importCrashed };
  }
}

/** A JSON backup in: validated whole before anything is written, then merged; the result said plainly. */
export function OptionsImport() {
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', text: OPTIONS.importing });
    setStatus(await importFrom(file));
    input.value = ''; // choosing the same file again imports it again
  };
  return (
    <div class="import">
      <h3 id="import-heading">{OPTIONS.importHeading}</h3>
      <label class="file">
        {OPTIONS.importLabel}
        <input type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget)} disabled={status.kind === 'busy'} />
      </label>
      <p class="hint">{OPTIONS.importHint}</p>
      <p class={`import-status ${status.kind}`} role="status">
        {status.text}
      </p>
    </div>
  );
}
