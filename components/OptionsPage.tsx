import { autoCaptureMode } from '../lib/settings';
import { OPTIONS } from '../lib/strings/options';
import { useAutoCaptureState } from '../lib/use-auto-capture-state';
import { useStorageItem } from '../lib/use-storage-item';
import { BlockedSitesList } from './BlockedSitesList';
import { CaptureOptions } from './CaptureOptions';
import { ChosenSitesEditor } from './ChosenSitesEditor';
import { OptionsAppearance } from './OptionsAppearance';
import { OptionsData } from './OptionsData';
import { OptionsReminders } from './OptionsReminders';
import { OptionsShortcuts } from './OptionsShortcuts';
import { OptionsSync } from './OptionsSync';
import { SiteChoice } from './SiteChoice';

/** The options page: auto-capture (the welcome page's controls), language and theme, shortcuts, data. */
export function OptionsPage() {
  const state = useAutoCaptureState();
  const mode = useStorageItem(autoCaptureMode);
  return (
    <main class="options" aria-busy={state === undefined}>
      <h1>{OPTIONS.heading}</h1>
      <section class="panel" aria-labelledby="capture-panel">
        <h2 id="capture-panel">{OPTIONS.captureHeading}</h2>
        <SiteChoice state={state} />
        {mode === 'chosen-sites' ? <ChosenSitesEditor /> : null}
        <BlockedSitesList />
        <CaptureOptions />
      </section>
      <OptionsAppearance />
      <OptionsReminders />
      <OptionsShortcuts />
      <OptionsSync />
      <OptionsData />
    </main>
  );
}
