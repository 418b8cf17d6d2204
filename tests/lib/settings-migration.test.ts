import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { parseSettings } from '../../lib/parse-settings';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../lib/setting-keys';

/**
 * Settings migrations (issue #8, "upgrades lose nothing"). Every setting is a wxt/storage item at
 * version 1: no shape has needed to change yet, so there is no real v1 → v2 migration to test.
 * What is proved instead, for every item in lib/ (found by scanning, so a new item is covered
 * the day it is added), is the path the first real migration will take:
 * - a value an older build stored without a version mark (what every build so far writes: wxt
 *   only marks versions on items that declare migrations) reads back unchanged, as v1;
 * - the next version's migration, declared the way lib/settings.ts would declare it, runs once
 *   on that stored value, keeps it whole, and marks v2; a second start does not run it again;
 * - a migration that throws changes nothing (the old value stays, unmarked, for the next start);
 * - an older build meeting a newer build's value leaves it alone.
 */

const LIB = fileURLToPath(new URL('../../lib', import.meta.url));
type Item = WxtStorageItem<unknown, Record<string, unknown>>;

/** A valid value that differs from the default, per item: what a user who changed it has stored. */
const CHANGED: Record<string, unknown> = {
  'local:captureScope': 'all',
  'local:blockedSites': ['example.org', 'news.example.com'],
  'local:pausedUntil': 1_800_000_000_000,
  'local:showNotice': false,
  'local:autoCaptureMode': 'chosen-sites',
  'local:chosenSites': ['careers.example.com'],
  'local:captureInPrivate': true,
  'local:uiLanguage': 'ja',
  'local:theme': 'dark',
  'local:reminderTime': '07:30',
};

/** For an item added after this file: a value of its fallback's type that is not the fallback. */
function changedFrom(fallback: unknown): unknown {
  if (typeof fallback === 'boolean') return !fallback;
  if (typeof fallback === 'number') return fallback + 12_345;
  if (typeof fallback === 'string') return `${fallback}~changed`;
  if (Array.isArray(fallback)) return [...fallback, 'changed'];
  if (fallback && typeof fallback === 'object') return { ...fallback, changedByTest: 1 };
  return 'changed';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every wxt storage item exported from lib/, by its key. */
async function allItems(): Promise<Map<string, { item: Item; file: string }>> {
  const found = new Map<string, { item: Item; file: string }>();
  for (const file of sourceFiles(LIB).filter((f) => readFileSync(f, 'utf8').includes('storage.defineItem'))) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const item = value as Partial<Item> | null;
      if (item && typeof item === 'object' && typeof item.key === 'string' && typeof item.migrate === 'function') {
        found.set(item.key, { item: item as Item, file: relative(LIB, file) });
      }
    }
  }
  return found;
}

const items = await allItems();
const table = [...items].map(([key, { item, file }]) => [key, file, item] as const);
const sample = (key: string, item: Item) => (key in CHANGED ? CHANGED[key] : changedFrom(item.fallback));
const storageKey = (key: string) => key.replace(/^local:/, '');
const raw = async () => browser.storage.local.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('every wxt storage item in lib/', () => {
  it('is found by the scan (the ones this file was written with, at least)', () => {
    expect([...items.keys()]).toEqual(expect.arrayContaining(Object.keys(CHANGED)));
    for (const key of items.keys()) expect(key, 'items live in storage.local').toMatch(/^local:/);
  });

  it.each(table)('%s (%s): a value stored by an older build, with no version mark, reads back unchanged', async (key, _file, item) => {
    const value = sample(key, item);
    expect(value).not.toEqual(item.fallback);
    await browser.storage.local.set({ [storageKey(key)]: value });
    await item.migrate(); // what loading the module does at start-up when migrations are declared
    expect(await item.getValue()).toEqual(value);
    expect(await raw()).toEqual({ [storageKey(key)]: value });
  });

  it.each(table)('%s (%s): its next version migrates the stored value once, keeps it whole and marks v2', async (key, _file, item) => {
    const value = sample(key, item);
    await item.setValue(value); // as today's build writes it
    const toV2 = vi.fn((old: unknown) => ({ v1: old }));
    const next = storage.defineItem<unknown>(key as `local:${string}`, { fallback: item.fallback, version: 2, migrations: { 2: toV2 } });
    expect(await next.getValue()).toEqual({ v1: value });
    expect(toV2).toHaveBeenCalledTimes(1);
    expect(await raw()).toEqual({ [storageKey(key)]: { v1: value }, [`${storageKey(key)}$`]: { v: 2 } });
    // The next start: already v2, the migration does not run again.
    const again = vi.fn((old: unknown) => ({ v1: old }));
    const restarted = storage.defineItem<unknown>(key as `local:${string}`, { fallback: item.fallback, version: 2, migrations: { 2: again } });
    expect(await restarted.getValue()).toEqual({ v1: value });
    expect(again).not.toHaveBeenCalled();
  });

  it.each(table)('%s (%s): a migration that throws loses nothing: the old value stays, unmarked, for the next start', async (key, _file, item) => {
    const value = sample(key, item);
    await item.setValue(value);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = storage.defineItem<unknown>(key as `local:${string}`, {
      fallback: item.fallback,
      version: 2,
      migrations: { 2: () => { throw new Error('bug in a migration'); } },
    });
    expect(await broken.getValue()).toEqual(value);
    expect(await raw()).toEqual({ [storageKey(key)]: value });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it.each(table)('%s (%s): an older build meeting a newer build\'s value leaves it as it is', async (key, _file, item) => {
    const newer = { v1: sample(key, item), addedInV2: true };
    await browser.storage.local.set({ [storageKey(key)]: newer, [`${storageKey(key)}$`]: { v: 2 } });
    await item.migrate().catch(() => undefined); // wxt refuses a downgrade: it throws, writes nothing
    expect(await item.getValue()).toEqual(newer);
    expect(await raw()).toEqual({ [storageKey(key)]: newer, [`${storageKey(key)}$`]: { v: 2 } });
  });
});

describe('the content script reads the same values raw (lib/parse-settings.ts)', () => {
  it('values stored by the items, unversioned, read back as the items hold them', async () => {
    for (const [key, { item }] of items) if (Object.values(SETTING_KEYS).includes(storageKey(key) as never)) await item.setValue(sample(key, item));
    expect(parseSettings(await raw())).toEqual({
      scope: CHANGED['local:captureScope'],
      blockedSites: CHANGED['local:blockedSites'],
      pausedUntil: CHANGED['local:pausedUntil'],
      showNotice: CHANGED['local:showNotice'],
      autoCaptureMode: CHANGED['local:autoCaptureMode'],
      chosenSites: CHANGED['local:chosenSites'],
      captureInPrivate: CHANGED['local:captureInPrivate'],
    });
  });

  it('a value migrated to a shape it does not know falls back to the default rather than breaking capture', () => {
    expect(parseSettings({ captureScope: { v1: 'all' }, blockedSites: { v1: ['a.example'] } })).toMatchObject({
      scope: DEFAULT_SETTINGS.scope,
      blockedSites: DEFAULT_SETTINGS.blockedSites,
    });
  });
});
