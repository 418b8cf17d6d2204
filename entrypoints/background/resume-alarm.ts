import { browser } from 'wxt/browser';
import { PAUSED_UNTIL_RESUMED } from '../../lib/setting-keys';
import { pausedUntil } from '../../lib/settings';

/** The alarm that ends a timed pause ("for an hour") by re-registering the capture script. */
export const RESUME_ALARM = 'actionable-resume-auto-capture';

/** Keeps the resume alarm in step with the pause setting: set for a timed pause, else cleared. */
export async function scheduleResume(now = Date.now()): Promise<void> {
  const until = await pausedUntil.getValue();
  if (until > now && until !== PAUSED_UNTIL_RESUMED) await browser.alarms.create(RESUME_ALARM, { when: until });
  else await browser.alarms.clear(RESUME_ALARM);
}
