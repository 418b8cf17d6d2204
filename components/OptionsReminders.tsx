import { sendMessage } from '../lib/messaging';
import { isReminderTime, reminderTime } from '../lib/reminder-time';
import { OPTIONS } from '../lib/strings/options';
import { useStorageItem } from '../lib/use-storage-item';

/** A new time re-arms every reminder: the background rebuilds its alarms from the database. */
async function setReminderTime(value: string): Promise<void> {
  if (!isReminderTime(value)) return; // a cleared or half-typed field changes nothing
  await reminderTime.setValue(value);
  await sendMessage('syncReminders', {}).catch(() => undefined);
}

/** Reminder defaults: the time of day a to-do due on a day (no time of its own) reminds. */
export function OptionsReminders() {
  const time = useStorageItem(reminderTime);
  return (
    <section class="panel" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{OPTIONS.remindersHeading}</h2>
      <label>
        {OPTIONS.reminderTimeLabel}
        <input type="time" name="reminder-time" required value={time ?? ''} onChange={(e) => void setReminderTime(e.currentTarget.value)} />
      </label>
      <p class="hint">{OPTIONS.reminderTimeHint}</p>
    </section>
  );
}
