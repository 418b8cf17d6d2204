import { DEFAULT_SETTINGS, SETTING_KEYS, type CaptureSettings } from './setting-keys';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Rebuilds the settings from raw storage values: anything missing or of the wrong shape (an
 * older format not yet migrated, a hand-edited value) falls back to its default.
 */
export function parseSettings(raw: Record<string, unknown>): CaptureSettings {
  const get = (name: keyof CaptureSettings) => raw[SETTING_KEYS[name]];
  const scope = get('scope');
  const mode = get('autoCaptureMode');
  const paused = get('pausedUntil');
  const pick = <K extends keyof CaptureSettings>(name: K, ok: (v: unknown) => boolean): CaptureSettings[K] => {
    const value = get(name);
    return (ok(value) ? value : DEFAULT_SETTINGS[name]) as CaptureSettings[K];
  };
  return {
    scope: scope === 'all' || scope === 'career' ? scope : DEFAULT_SETTINGS.scope,
    blockedSites: pick('blockedSites', isStringList),
    pausedUntil: typeof paused === 'number' && Number.isFinite(paused) ? paused : DEFAULT_SETTINGS.pausedUntil,
    showNotice: pick('showNotice', (v) => typeof v === 'boolean'),
    autoCaptureMode: mode === 'all-sites' || mode === 'chosen-sites' ? mode : DEFAULT_SETTINGS.autoCaptureMode,
    chosenSites: pick('chosenSites', isStringList),
    captureInPrivate: pick('captureInPrivate', (v) => typeof v === 'boolean'),
  };
}
