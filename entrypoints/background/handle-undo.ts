import type { Browser } from 'wxt/browser';
import type { ActionableDB } from '../../db/database';
import { undoCapture } from '../../db/undo-capture';
import type { UndoOutcome } from '../../lib/protocol';
import { takeCapture } from '../../lib/undo-records';
import { showCount } from './badge';

/** The notice's Undo: takes back the capture it reported, if it came from this same tab. */
export async function handleUndo(database: ActionableDB, data: unknown, sender: Browser.runtime.MessageSender): Promise<UndoOutcome> {
  const captureId = (data as { captureId?: unknown } | undefined)?.captureId;
  const tabId = sender.tab?.id;
  if (typeof captureId !== 'string' || tabId === undefined) return { status: 'gone' };
  const record = await takeCapture(captureId, tabId);
  if (!record) return { status: 'gone' };
  const left = await undoCapture(database, record.change);
  await showCount(tabId, left).catch(() => undefined);
  return { status: 'undone', left };
}
