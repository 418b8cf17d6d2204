import { useState } from 'preact/hooks';
import { chooseAllSites, chooseChosenSites, turnAutoCaptureOff } from '../lib/auto-capture-consent';
import { WELCOME } from '../lib/strings/welcome';
import type { AutoCaptureState } from '../lib/use-auto-capture-state';
import { useStorageItem } from '../lib/use-storage-item';
import { chosenSites } from '../lib/settings';

function statusText(state: AutoCaptureState | undefined, sites: number): string {
  if (state === 'all-sites') return WELCOME.statusAll;
  if (state === 'chosen-sites') return WELCOME.statusChosen(sites);
  if (state === 'paused') return WELCOME.statusPaused;
  return state === 'off' ? WELCOME.statusOff : '';
}

/** The consent choice: all sites or only added ones, each asking the browser at the click. */
export function SiteChoice({ state }: { state: AutoCaptureState | undefined }) {
  const sites = useStorageItem(chosenSites) ?? [];
  const [declined, setDeclined] = useState(false);
  const all = async () => setDeclined(!(await chooseAllSites()));
  return (
    <section class="choice" aria-labelledby="choice-heading">
      <h2 id="choice-heading">{WELCOME.choiceHeading}</h2>
      <div class="choices">
        <button type="button" class="primary" onClick={() => void all()} aria-pressed={state === 'all-sites'}>
          {WELCOME.allSites}
        </button>
        <button type="button" onClick={() => void chooseChosenSites()} aria-pressed={state === 'chosen-sites'}>
          {WELCOME.chosenSites}
        </button>
      </div>
      <p class="hint">
        {WELCOME.allSitesHint} {WELCOME.chosenSitesHint}
      </p>
      <p class="status" role="status">
        {declined && state === 'off' ? WELCOME.declined : statusText(state, sites.length)}
      </p>
      {state !== 'off' && state !== undefined ? (
        <button type="button" onClick={() => void turnAutoCaptureOff()}>
          {WELCOME.turnOff}
        </button>
      ) : null}
    </section>
  );
}
