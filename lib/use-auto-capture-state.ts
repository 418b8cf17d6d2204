import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { desiredRegistration } from './auto-capture-registration';
import { readSettings } from './read-settings';
import { DEFAULT_SETTINGS } from './setting-keys';

export type AutoCaptureState = 'off' | 'all-sites' | 'chosen-sites' | 'paused';

async function currentState(): Promise<AutoCaptureState> {
  const [{ origins = [] }, settings] = await Promise.all([browser.permissions.getAll(), readSettings()]);
  if (desiredRegistration(origins, { ...settings, pausedUntil: DEFAULT_SETTINGS.pausedUntil }, Date.now()) === null) return 'off';
  return desiredRegistration(origins, settings, Date.now()) === null ? 'paused' : settings.autoCaptureMode;
}

/** Whether auto-capture runs now, following permission and settings changes live. */
export function useAutoCaptureState(): AutoCaptureState | undefined {
  const [state, setState] = useState<AutoCaptureState | undefined>(undefined);
  useEffect(() => {
    const refresh = () => void currentState().then(setState);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    browser.storage.onChanged.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
      browser.storage.onChanged.removeListener(refresh);
    };
  }, []);
  return state;
}
