import { useEffect, useState } from 'preact/hooks';
import { isPaused } from '../lib/capture-policy';
import { PAUSE_HOUR_MS, pauseAutoCapture, resumeAutoCapture } from '../lib/pause-capture';
import { PAUSED_UNTIL_RESUMED } from '../lib/setting-keys';
import { pausedUntil } from '../lib/settings';
import { formatTime } from '../lib/format-when';
import { POPUP_AUTO } from '../lib/strings/popup-auto-capture';
import { useStorageItem } from '../lib/use-storage-item';

/** The pause switch: for an hour, or until turned back on; while paused, how long and "Resume". */
export function PauseControl({ now = Date.now }: { now?: () => number }) {
  const until = useStorageItem(pausedUntil);
  const [, tick] = useState(0);
  // A timed pause ends by itself: re-render then, so the buttons come back.
  useEffect(() => {
    if (until === undefined || until === PAUSED_UNTIL_RESUMED || !isPaused(until, now())) return;
    const timer = setTimeout(() => tick((n) => n + 1), until - now() + 50);
    return () => clearTimeout(timer);
  }, [until]);
  if (until === undefined) return null;
  if (isPaused(until, now())) {
    const text =
      until === PAUSED_UNTIL_RESUMED
        ? POPUP_AUTO.pausedIndefinitely
        : POPUP_AUTO.pausedUntil(formatTime(until));
    return (
      <div class="pause" role="status">
        <span>{text}</span>{' '}
        <button type="button" onClick={() => void resumeAutoCapture()}>
          {POPUP_AUTO.resume}
        </button>
      </div>
    );
  }
  return (
    <div class="pause">
      <button type="button" onClick={() => void pauseAutoCapture(PAUSE_HOUR_MS, now())}>
        {POPUP_AUTO.pauseHour}
      </button>{' '}
      <button type="button" onClick={() => void pauseAutoCapture()}>
        {POPUP_AUTO.pauseUntilResumed}
      </button>
    </div>
  );
}
