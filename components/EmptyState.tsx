import { strings } from '../lib/popup-strings';
import { AutoCaptureSwitch } from './AutoCaptureSwitch';

/** First run (nothing captured yet): what Actionable does, in two sentences, and the way to start. */
export function EmptyState() {
  return (
    <section class="empty-state" aria-labelledby="welcome-title">
      <img class="empty-icon" src="/icon/48.png" width={48} height={48} alt="" />
      <h2 id="welcome-title">{strings.welcomeTitle}</h2>
      <p>{strings.welcome}</p>
      <p class="muted">{strings.welcomeHow}</p>
      <AutoCaptureSwitch />
    </section>
  );
}
