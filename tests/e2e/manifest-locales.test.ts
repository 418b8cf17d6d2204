import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../lib/i18n/locale';
import { buildProduction, type ProductionBuild } from '../helpers/production-build';

const BROWSERS = ['chrome', 'firefox'] as const;
const MESSAGE_REF = /__MSG_(\w+)__/g;
/** Chrome Web Store and AMO limits: a name of at most 75 characters, a summary of at most 132. */
const MAX_NAME = 75;
const MAX_DESCRIPTION = 132;

type Messages = Record<string, { message: string; description?: string }>;

/** Every `__MSG_key__` anywhere in the manifest, with where it sits. */
function messageRefs(value: unknown, path = 'manifest'): [string, string][] {
  if (typeof value === 'string') return [...value.matchAll(MESSAGE_REF)].map((m) => [path, m[1]!]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => messageRefs(v, `${path}.${k}`));
  return [];
}

describe('the built manifests speak English and Japanese (_locales)', () => {
  const builds = {} as Record<(typeof BROWSERS)[number], ProductionBuild>;

  beforeAll(() => {
    for (const browser of BROWSERS) builds[browser] = buildProduction(browser);
  }, 240_000);
  afterAll(() => {
    for (const build of Object.values(builds)) rmSync(dirname(build.dir), { recursive: true, force: true });
  });

  it.each(BROWSERS)('%s: default_locale en, and a messages file for every interface language', (browser) => {
    const { manifest, dir } = builds[browser];
    expect(manifest.default_locale).toBe('en');
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
      expect(Object.keys(messages).length, locale).toBeGreaterThan(0);
    }
  });

  it.each(BROWSERS)('%s: name, description, toolbar title and both commands are __MSG_ keys each language resolves', (browser) => {
    const { manifest, dir } = builds[browser];
    const refs = messageRefs(manifest);
    const where = refs.map(([path]) => path);
    expect(where).toEqual(
      expect.arrayContaining([
        'manifest.name',
        'manifest.description',
        'manifest.action.default_title',
        'manifest.commands._execute_action.description',
        'manifest.commands.capture-page.description',
      ]),
    );
    const english = JSON.parse(readFileSync(join(dir, '_locales', 'en', 'messages.json'), 'utf8')) as Messages;
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
      // The same keys in every language, none empty, and every key the manifest uses resolves.
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(english).sort());
      for (const [path, key] of refs) expect(messages[key]?.message.trim(), `${locale}: ${path} → ${key}`).toBeTruthy();
      expect(messages.extName!.message.length).toBeLessThanOrEqual(MAX_NAME);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    }
    // Japanese is written in Japanese (the name stays the product's name).
    const japanese = JSON.parse(readFileSync(join(dir, '_locales', 'ja', 'messages.json'), 'utf8')) as Messages;
    for (const key of Object.keys(japanese).filter((k) => k !== 'extName')) expect(japanese[key]!.message, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
