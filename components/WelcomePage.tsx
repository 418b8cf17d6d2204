import { WELCOME } from '../lib/strings/welcome';
import { useAutoCaptureState } from '../lib/use-auto-capture-state';
import { useStorageItem } from '../lib/use-storage-item';
import { autoCaptureMode } from '../lib/settings';
import { BlockedSitesList } from './BlockedSitesList';
import { CaptureOptions } from './CaptureOptions';
import { ChosenSitesEditor } from './ChosenSitesEditor';
import { SiteChoice } from './SiteChoice';

/** Shown once on install (and reachable later): what auto-capture does, and the user's choice. */
export function WelcomePage() {
  const state = useAutoCaptureState();
  const mode = useStorageItem(autoCaptureMode);
  return (
    <main class="welcome" aria-busy={state === undefined}>
      <h1>{WELCOME.heading}</h1>
      {WELCOME.intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <SiteChoice state={state} />
      {mode === 'chosen-sites' ? <ChosenSitesEditor /> : null}
      <BlockedSitesList />
      <CaptureOptions />
    </main>
  );
}
