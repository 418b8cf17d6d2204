import { OPTIONS } from '../lib/strings/options';
import { themePreference } from '../lib/theme';
import { useStorageItem } from '../lib/use-storage-item';
import { OptionsRadioGroup } from './OptionsRadioGroup';

/**
 * Colour theme (follow the system, or one). The interface language choice (lib/i18n) joins it
 * when the Japanese interface lands — offering it before would be a switch that does nothing.
 */
export function OptionsAppearance() {
  const theme = useStorageItem(themePreference);
  return (
    <section class="panel" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{OPTIONS.appearanceHeading}</h2>
      <OptionsRadioGroup
        name="theme"
        legend={OPTIONS.themeLegend}
        value={theme}
        labels={OPTIONS.theme}
        onChange={(v) => void themePreference.setValue(v)}
      />
    </section>
  );
}
