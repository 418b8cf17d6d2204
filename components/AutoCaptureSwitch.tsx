import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { autoCaptureMatches, WEB_ORIGINS } from '../lib/auto-capture-registration';
import { strings } from '../lib/popup-strings';

async function isOn(): Promise<boolean> {
  const { origins = [] } = await browser.permissions.getAll();
  return autoCaptureMatches(origins).length > 0;
}

/**
 * Auto-capture is on exactly when the user has granted host access: turning it on asks for
 * it, turning it off gives it back. The background re-registers the capture script on each change.
 */
export function AutoCaptureSwitch() {
  const [on, setOn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const refresh = () => void isOn().then(setOn);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const toggle = async (wanted: boolean) => {
    // permissions.request must run straight from the click (a user gesture).
    if (wanted) await browser.permissions.request({ origins: WEB_ORIGINS });
    else await browser.permissions.remove({ origins: WEB_ORIGINS });
    setOn(await isOn());
  };
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={on === true}
        disabled={on === undefined}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
      <span>{strings.autoCapture}</span>
    </label>
  );
}
