import { browser } from 'wxt/browser';
import { db as defaultDb, type ActionableDB } from '../../db/database';
import { syncAutoCapture } from '../../lib/auto-capture-registration';
import { firstFrameChanged } from '../../lib/first-frame/changed';
import { followUiLanguage } from '../../lib/i18n/follow-ui-language';
import { uiLanguage } from '../../lib/i18n/ui-language';
import { listen } from '../../lib/messaging';
import { syncReminders, todoIdOf } from '../../lib/reminders';
import { REGISTRATION_SETTINGS } from '../../lib/settings';
import { BACKGROUND } from '../../lib/strings/background';
import { captureTab, activeTabId } from './capture-tab';
import { handleBlockSite } from './handle-block-site';
import { handleCapture } from './handle-capture';
import { handleUndo } from './handle-undo';
import { injectExtractor } from './inject-extractor';
import { COMMAND_CAPTURE_PAGE, createMenus, onMenuClicked } from './menus';
import { openReminder, showReminder, snoozeReminder } from './reminders';
import { RESUME_ALARM, scheduleResume } from './resume-alarm';
import { showTodos } from './show-todos';
import { startSync } from './sync';
import { openWelcomeOnInstall } from './welcome';

function logFailure(what: string) {
  return (error: unknown) => console.error(`Actionable: ${what} failed`, error);
}

/**
 * The background: the only writer of the database. Every listener is registered synchronously
 * here, before any await, because MV3 wakes the worker for an event and drops late listeners.
 */
export function main(database: ActionableDB = defaultDb): void {
  // Menus and notifications speak the user's language: wait for it, and re-create the menus on a change.
  const localeReady = followUiLanguage(() => menus()).catch(logFailure('reading the language'));
  listen({
    capture: { from: 'content-script', handle: (data, sender) => handleCapture(database, data, sender) },
    captureActiveTab: {
      from: 'extension-page',
      handle: async (data) => {
        const requested = (data as { tabId?: unknown } | undefined)?.tabId;
        const tabId = typeof requested === 'number' ? requested : await activeTabId();
        return tabId === undefined ? { status: 'unsupported', reason: BACKGROUND.noPage } : captureTab(tabId);
      },
    },
    undoCapture: { from: 'content-script', handle: (data, sender) => handleUndo(database, data, sender) },
    blockThisSite: { from: 'content-script', handle: (_data, sender) => handleBlockSite(sender) },
    showTodos: { from: 'content-script', handle: (_data, sender) => showTodos(sender.tab?.id) },
    extractHere: { from: 'content-script', handle: (_data, sender) => injectExtractor(sender) },
    syncReminders: {
      from: 'extension-page',
      handle: async () => ({ armed: await syncReminders(database) }),
    },
  }, () => BACKGROUND.failed);

  // Registration follows permissions (granted or revoked in the browser), the settings that
  // decide where capture runs (mode, chosen and blocked sites, pause), and the end of a pause.
  const resync = () => void syncAutoCapture().catch(logFailure('registration'));
  const resyncAndSchedule = () => {
    resync();
    void scheduleResume().catch(logFailure('scheduling the end of a pause'));
  };
  // Reminders live in the database; alarms are re-armed from it whenever the worker starts.
  const rearm = () => void syncReminders(database).catch(logFailure('arming reminders'));
  const menus = () => void localeReady.then(createMenus).catch(logFailure('creating the menus'));
  browser.runtime.onInstalled.addListener((details) => {
    firstFrameChanged();
    resync();
    rearm();
    menus();
    void openWelcomeOnInstall(details).catch(logFailure('opening the welcome page'));
  });
  browser.runtime.onStartup.addListener(() => {
    firstFrameChanged();
    resyncAndSchedule();
    rearm();
    menus();
  });
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  for (const item of REGISTRATION_SETTINGS) item.watch(resyncAndSchedule);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESUME_ALARM) resync();
    const todoId = todoIdOf(alarm.name);
    if (todoId !== null) void localeReady.then(() => showReminder(database, todoId)).catch(logFailure('showing a reminder'));
  });
  browser.notifications.onClicked.addListener((id) => void openReminder(database, id).catch(logFailure('opening a reminder')));
  browser.notifications.onButtonClicked?.addListener((id) => void snoozeReminder(database, id).catch(logFailure('snoozing')));
  browser.contextMenus?.onClicked.addListener((info, tab) => void onMenuClicked(database, info, tab).catch(logFailure('a menu action')));
  // e2e builds only (removed from others): automation cannot click a native menu, and Firefox's
  // events have no dispatch(), so its e2e test calls the same handler through the background page.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { actionableMenuClick: onMenuClicked.bind(null, database) });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_CAPTURE_PAGE) return;
    void (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId !== undefined) await captureTab(tabId);
    })().catch(logFailure('the capture shortcut'));
  });
  // The popup's kept first frame is drawn in one language (lib/first-frame/record.ts); list
  // writes retire it from db/ itself, an install, update or browser start from above.
  uiLanguage.watch(firstFrameChanged);
  // Sync across browsers (storage.sync, off unless turned on): due dates that arrive re-arm reminders.
  startSync(database, rearm);
  resync();
}
