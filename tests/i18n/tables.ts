import type { Tables } from '../../lib/i18n/current-locale';
import { LOCALES, type Localized } from '../../lib/i18n/locale';
import { POPUP_TABLE } from '../../lib/popup-strings';
import { BACKGROUND_TABLE } from '../../lib/strings/background';
import { NOTICE_TABLE } from '../../lib/strings/notice';
import { OPTIONS_TABLE } from '../../lib/strings/options';
import { POPUP_AUTO_TABLE } from '../../lib/strings/popup-auto-capture';
import { POPUP_DATA_TABLE } from '../../lib/strings/popup-data';
import { SYNC_TABLE } from '../../lib/strings/sync';
import { WELCOME_TABLE } from '../../lib/strings/welcome';
import { WHY_TABLE } from '../../lib/strings/why-captured';

/** Every string table: its exported binding's name (as the source uses it) and its languages. */
const SOURCES: { binding: string; module: string; tables: Tables<object> }[] = [
  { binding: 'strings', module: 'lib/popup-strings.ts', tables: POPUP_TABLE },
  { binding: 'BACKGROUND', module: 'lib/strings/background.ts', tables: BACKGROUND_TABLE },
  { binding: 'NOTICE', module: 'lib/strings/notice.ts', tables: NOTICE_TABLE },
  { binding: 'OPTIONS', module: 'lib/strings/options.ts', tables: OPTIONS_TABLE },
  { binding: 'POPUP_AUTO', module: 'lib/strings/popup-auto-capture.ts', tables: POPUP_AUTO_TABLE },
  { binding: 'POPUP_DATA', module: 'lib/strings/popup-data.ts', tables: POPUP_DATA_TABLE },
  { binding: 'WELCOME', module: 'lib/strings/welcome.ts', tables: WELCOME_TABLE },
  { binding: 'SYNC', module: 'lib/strings/sync.ts', tables: SYNC_TABLE },
  { binding: 'WHY', module: 'lib/strings/why-captured.ts', tables: WHY_TABLE },
];

/** The tables with every language at hand (lazily loaded ones loaded). */
export async function loadTables(): Promise<{ binding: string; module: string; table: Localized<Record<string, unknown>> }[]> {
  return Promise.all(
    SOURCES.map(async ({ binding, module, tables }) => {
      const entries = await Promise.all(
        LOCALES.map(async (locale) => {
          const source: unknown = tables[locale];
          return [locale, typeof source === 'function' ? await (source as () => Promise<object>)() : source] as const;
        }),
      );
      return { binding, module, table: Object.fromEntries(entries) as Localized<Record<string, unknown>> };
    }),
  );
}
