import type { Localized } from '../../lib/i18n/locale';
import { POPUP_TABLE } from '../../lib/popup-strings';
import { BACKGROUND_TABLE } from '../../lib/strings/background';
import { NOTICE_TABLE } from '../../lib/strings/notice';
import { OPTIONS_TABLE } from '../../lib/strings/options';
import { POPUP_AUTO_TABLE } from '../../lib/strings/popup-auto-capture';
import { POPUP_DATA_TABLE } from '../../lib/strings/popup-data';
import { WELCOME_TABLE } from '../../lib/strings/welcome';

/** Every string table: its exported binding's name (as the source uses it) and its languages. */
export const TABLES: { binding: string; module: string; table: Localized<Record<string, unknown>> }[] = [
  { binding: 'strings', module: 'lib/popup-strings.ts', table: POPUP_TABLE },
  { binding: 'BACKGROUND', module: 'lib/strings/background.ts', table: BACKGROUND_TABLE },
  { binding: 'NOTICE', module: 'lib/strings/notice.ts', table: NOTICE_TABLE },
  { binding: 'OPTIONS', module: 'lib/strings/options.ts', table: OPTIONS_TABLE },
  { binding: 'POPUP_AUTO', module: 'lib/strings/popup-auto-capture.ts', table: POPUP_AUTO_TABLE },
  { binding: 'POPUP_DATA', module: 'lib/strings/popup-data.ts', table: POPUP_DATA_TABLE },
  { binding: 'WELCOME', module: 'lib/strings/welcome.ts', table: WELCOME_TABLE },
];
