import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ActionableDB } from '../../db/database';
import { storeCapture } from '../../db/store-capture';
import { BACKUP_VERSION, makeBackup } from '../../lib/backup/backup-format';
import { BACKED_UP_SETTINGS, readBackupSettings } from '../../lib/backup-settings';
import { exportFile, importBackupFile } from '../../lib/data-files';
import { uiLanguage } from '../../lib/i18n/ui-language';
import { reminderTime } from '../../lib/reminder-time';
import { blockedSites, captureScope, chosenSites, showNotice } from '../../lib/settings';
import { themePreference } from '../../lib/theme';
import { makeCapture } from '../helpers/capture-factory';

/**
 * Settings in a backup made by an older build (issue #8, "upgrades lose nothing"). Format 1 is
 * the only backup format Actionable has written (BACKUP_VERSION); older builds wrote it with
 * fewer settings (no interface language, theme or reminder time before issue 6), and a setting
 * may one day change shape. Such a file imports: the settings it has are applied, the ones it
 * lacks keep this machine's values, and a value this build cannot read is skipped, never stored.
 */

let db: ActionableDB;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new ActionableDB(`test-${crypto.randomUUID()}`);
  // This machine's own choices, none of them the defaults.
  await themePreference.setValue('dark');
  await uiLanguage.setValue('ja');
  await reminderTime.setValue('07:30');
  await chosenSites.setValue(['careers.example.com']);
});
afterEach(async () => {
  await db.delete();
});

/** A backup as a build from before the language, theme and reminder-time settings wrote it. */
async function olderBackup(settings: Record<string, unknown>): Promise<string> {
  const source = new ActionableDB(`test-${crypto.randomUUID()}`);
  await storeCapture(source, makeCapture(['記録を残す', '上司への報告']), 1000);
  const backup = makeBackup(await source.articles.toArray(), await source.todos.toArray(), settings, 2000);
  await source.delete();
  return JSON.stringify(backup);
}

describe('a backup from an older build', () => {
  it('is format 1, the only one there is (bumping BACKUP_VERSION must add the older format\'s import here)', () => {
    expect(BACKUP_VERSION).toBe(1);
  });

  it('applies the settings it has and leaves the ones it predates as this machine has them', async () => {
    const file = await olderBackup({ captureScope: 'all', blockedSites: ['example.org'], showNotice: false });
    expect(await importBackupFile(db, file)).toMatchObject({ ok: true, todosAdded: 2 });
    expect(await captureScope.getValue()).toBe('all');
    expect(await blockedSites.getValue()).toEqual(['example.org']);
    expect(await showNotice.getValue()).toBe(false);
    expect(await themePreference.getValue()).toBe('dark');
    expect(await uiLanguage.getValue()).toBe('ja');
    expect(await reminderTime.getValue()).toBe('07:30');
    expect(await chosenSites.getValue()).toEqual(['careers.example.com']);
  });

  it('skips a setting this build no longer knows, and a value in a shape it cannot read, keeping what is here', async () => {
    await blockedSites.setValue(['keep.example']);
    const file = await olderBackup({ autoCapture: true, blockedSites: 'example.org', captureScope: 'career-only', showNotice: false });
    expect(await importBackupFile(db, file)).toMatchObject({ ok: true, todosAdded: 2 });
    expect(await blockedSites.getValue()).toEqual(['keep.example']);
    expect(await captureScope.getValue()).toBe('career');
    expect(await showNotice.getValue()).toBe(false);
    expect(await fakeBrowser.storage.local.get('autoCapture')).toEqual({});
  });

  it('this build\'s own backup carries every backed-up setting, and a round trip restores each exactly', async () => {
    await captureScope.setValue('all');
    await blockedSites.setValue(['example.org']);
    const before = await readBackupSettings();
    expect(Object.keys(before).sort()).toEqual(Object.keys(BACKED_UP_SETTINGS).sort());
    const file = (await exportFile(db, 'json', 3000)).text;
    fakeBrowser.reset();
    expect(await importBackupFile(db, file)).toMatchObject({ ok: true });
    expect(await readBackupSettings()).toEqual(before);
  });
});
