import { uiLanguage } from '../lib/i18n/ui-language';
import { OPTIONS } from '../lib/strings/options';
import { themePreference } from '../lib/theme';
import { useStorageItem } from '../lib/use-storage-item';
import { OptionsRadioGroup } from './OptionsRadioGroup';

/**
 * The interface language (follow the browser, or one) and the colour theme (follow the system,
 * or one). Both apply at once: the pages follow the stored choices (lib/i18n, lib/theme).
 */
export function OptionsAppearance() {
  const language = useStorageItem(uiLanguage);
  const theme = useStorageItem(themePreference);
  return (
    <section class="panel" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{OPTIONS.appearanceHeading}</h2>
      <OptionsRadioGroup
        name="language"
        legend={OPTIONS.languageLegend}
        value={language}
        labels={OPTIONS.language}
        onChange={(v) => void uiLanguage.setValue(v)}
      />
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
