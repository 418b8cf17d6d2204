import { formatTime, formatWhen } from '../lib/format-when';
import { SYNC } from '../lib/strings/sync';
import { syncEnabled, syncStatus, type SyncStatus } from '../lib/sync/sync-settings';
import { useStorageItem } from '../lib/use-storage-item';

/** The status lines under the switch: when it last synced, what did not fit and why, what went wrong. */
function statusLines(status: SyncStatus): string[] {
  if (status.state === 'off') return [SYNC.off];
  const lines: string[] = [];
  const retry = status.retryAt ? formatTime(status.retryAt) : '';
  if (status.state === 'syncing') lines.push(SYNC.syncing);
  else lines.push(status.lastSyncedAt ? SYNC.lastSynced(formatWhen(status.lastSyncedAt)) : SYNC.never);
  if (status.problem === 'newer-format') lines.push(SYNC.newer);
  else if (status.problem === 'rate') lines.push(SYNC.waiting(retry));
  else if (status.problem === 'quota') lines.push(SYNC.quota(retry));
  else if (status.problem === 'other') lines.push(SYNC.failed(status.message ?? '', retry));
  if (status.unsyncedTodos > 0) lines.push(SYNC.notSynced(status.unsyncedTodos, status.unsyncedArticles));
  else if (status.lastSyncedAt) lines.push(SYNC.allSynced(status.syncedTodos));
  if (status.bytes > 0) lines.push(SYNC.used((status.bytes / 1024).toFixed(1)));
  return lines;
}

/** "Sync across my browsers": the switch, what it does and its limits, and how it is going. */
export function OptionsSync() {
  const enabled = useStorageItem(syncEnabled);
  const status = useStorageItem(syncStatus);
  return (
    <section class="panel" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{SYNC.heading}</h2>
      <label>
        <input type="checkbox" checked={enabled === true} onChange={(e) => void syncEnabled.setValue(e.currentTarget.checked)} />
        {SYNC.toggle}
      </label>
      <p class="hint">{SYNC.explain}</p>
      {enabled ? <p class="hint">{SYNC.signInHint}</p> : null}
      <div role="status" class="sync-status" data-testid="sync-status" data-state={status?.state ?? 'loading'}>
        {status ? statusLines(enabled ? status : { ...status, state: 'off' }).map((line) => <p key={line}>{line}</p>) : null}
      </div>
    </section>
  );
}
