import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../lib/i18n/locale';

describe('resolveLocale', () => {
  it.each([
    ['auto', ['ja-JP', 'en-US'], 'ja'],
    ['auto', ['ja'], 'ja'],
    ['auto', ['fr-FR', 'ja-JP'], 'ja'],
    ['auto', ['en-GB'], 'en'],
    ['auto', ['fr-FR', 'de'], 'en'],
    ['auto', [], 'en'],
    ['ja', ['en-US'], 'ja'],
    ['en', ['ja-JP'], 'en'],
  ] as const)('%s with browser %j → %s', (pref, langs, expected) => {
    expect(resolveLocale(pref, langs)).toBe(expected);
  });
});
