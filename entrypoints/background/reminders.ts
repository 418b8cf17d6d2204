import { browser } from 'wxt/browser';
import type { ActionableDB } from '../../db/database';
import { setDue } from '../../db/todos';
import { REMINDER_PREFIX, SNOOZE_MS, syncReminders, todoIdOf } from '../../lib/reminders';
import { isWebUrl } from '../../lib/safe-url';
import { BACKGROUND } from '../../lib/strings/background';
import { textFragmentUrl } from '../../lib/text-fragment';

/** Notification buttons exist in Chrome only; Firefox shows the notification without them. */
const HAS_NOTIFICATION_BUTTONS = import.meta.env.BROWSER !== 'firefox';

/** A due to-do's alarm fired: show it, unless it was checked off or deleted meanwhile. */
export async function showReminder(database: ActionableDB, todoId: string, now = Date.now()): Promise<boolean> {
  const todo = await database.todos.get(todoId);
  if (!todo || todo.done || todo.deletedAt !== undefined) return false;
  const article = await database.articles.get(todo.articleId);
  await browser.notifications.create(`${REMINDER_PREFIX}${todo.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: todo.text,
    message: article?.title || BACKGROUND.reminderNoArticle,
    ...(HAS_NOTIFICATION_BUTTONS ? { buttons: [{ title: BACKGROUND.snooze }] } : {}),
  });
  await database.todos.update(todo.id, { remindedAt: now });
  return true;
}

/** Clicking the reminder opens the article where the to-do came from (http(s) only). */
export async function openReminder(database: ActionableDB, notificationId: string): Promise<void> {
  const todoId = todoIdOf(notificationId);
  if (todoId === null) return;
  await browser.notifications.clear(notificationId);
  const todo = await database.todos.get(todoId);
  const article = todo && (await database.articles.get(todo.articleId));
  const page = article?.pageUrl ?? article?.url;
  if (todo && isWebUrl(page)) await browser.tabs.create({ url: textFragmentUrl(page, todo.quote) });
}

/** "Snooze 1 day": the due date moves a day past now, and the alarm with it. */
export async function snoozeReminder(database: ActionableDB, notificationId: string, now = Date.now()): Promise<void> {
  const todoId = todoIdOf(notificationId);
  if (todoId === null) return;
  await browser.notifications.clear(notificationId);
  await setDue(database, todoId, now + SNOOZE_MS, now);
  await syncReminders(database, now);
}
