import { captureInPrivate, captureScope, showNotice } from '../lib/settings';
import { WELCOME } from '../lib/strings/welcome';
import { useStorageItem } from '../lib/use-storage-item';

/** Scope (career or any advice), the in-page notice, and private windows. */
export function CaptureOptions() {
  const scope = useStorageItem(captureScope);
  const notice = useStorageItem(showNotice);
  const inPrivate = useStorageItem(captureInPrivate);
  return (
    <section aria-labelledby="options-heading">
      <h2 id="options-heading">{WELCOME.optionsHeading}</h2>
      <fieldset>
        <legend>{WELCOME.scopeLegend}</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'career'} onChange={() => void captureScope.setValue('career')} />
          {WELCOME.scopeCareer}
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => void captureScope.setValue('all')} />
          {WELCOME.scopeAll}
        </label>
      </fieldset>
      <label>
        <input type="checkbox" checked={notice === true} onChange={(e) => void showNotice.setValue(e.currentTarget.checked)} />
        {WELCOME.showNotice}
      </label>
      <label>
        <input
          type="checkbox"
          checked={inPrivate === true}
          onChange={(e) => void captureInPrivate.setValue(e.currentTarget.checked)}
        />
        {WELCOME.captureInPrivate}
      </label>
      <p class="hint">{WELCOME.captureInPrivateHint}</p>
    </section>
  );
}
