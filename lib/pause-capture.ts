import { PAUSED_UNTIL_RESUMED } from './setting-keys';
import { pausedUntil } from './settings';

/** "Pause for an hour". */
export const PAUSE_HOUR_MS = 60 * 60_000;

/** Pauses auto-capture for `ms`, or until turned back on when `ms` is omitted. */
export async function pauseAutoCapture(ms?: number, now = Date.now()): Promise<void> {
  await pausedUntil.setValue(ms === undefined ? PAUSED_UNTIL_RESUMED : now + ms);
}

/** Turns auto-capture back on at once. */
export async function resumeAutoCapture(): Promise<void> {
  await pausedUntil.setValue(0);
}
