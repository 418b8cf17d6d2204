import type { Localized } from '../../lib/i18n/locale';
import { OPTIONS_TABLE } from '../../lib/strings/options';

/** Every string table: its exported binding's name (as the source uses it) and its languages. */
export const TABLES: { binding: string; module: string; table: Localized<Record<string, unknown>> }[] = [
  { binding: 'OPTIONS', module: 'lib/strings/options.ts', table: OPTIONS_TABLE },
];
